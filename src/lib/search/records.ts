/**
 * What the search index holds, and how it travels: one record per thing a reader can land on, written
 * for each language as a classic script (`{lang}/search/records.js`) that assigns the records to a
 * global, because browsers refuse fetch() and modules on file:// but run a plain <script src>.
 * Pure, shared by the build, the browser, the tests and the benchmark.
 */

export type SearchKind = 'policy' | 'region' | 'glossary';
export const SEARCH_KINDS: readonly SearchKind[] = ['policy', 'region', 'glossary'];

export interface SearchRecord {
  /** The anchor id on the target page (p3-4), unique within a language's index. */
  id: string;
  kind: SearchKind;
  /** The policy part the record belongs to (3 for 三（四）); absent for records outside the policy. */
  part?: number;
  /** 三（四） / III (4) for the policy; the kind of region; a glossary term in the other language. */
  label: string;
  heading: string;
  /** The text as published, unchanged: excerpts are cut from it. */
  text: string;
  /** Site path with anchor: /zh/p3/#p3-4. */
  path: string;
}

/** The global each records script fills: `policySearchRecords.zh`. */
export const RECORDS_GLOBAL = 'policySearchRecords';

/** A record as the script carries it: a tuple without the id (its path names it), path relative to zh/ or en/. */
type Wire = [kind: SearchKind, part: number, label: string, heading: string, text: string, path: string];

/** The id a record's path names: an anchor (p3-4, preamble), a part's page (p3), a region's page, a glossary entry. */
export function idOf(kind: SearchKind, path: string): string {
  const [page = '', anchor = ''] = path.split('#');
  const segment = page.split('/').filter(Boolean).at(-1) ?? '';
  return kind === 'region' ? `region-${segment}` : kind === 'glossary' ? `term-${anchor}` : anchor || segment;
}

export function recordsScript(locale: string, records: SearchRecord[]): string {
  const prefix = `/${locale}/`;
  const wire = records.map((r): Wire => {
    if (!r.path.startsWith(prefix)) throw new Error(`search record ${r.id}: ${r.path} is not under ${prefix}`);
    if (idOf(r.kind, r.path) !== r.id)
      throw new Error(`search record ${r.id}: its path ${r.path} names ${idOf(r.kind, r.path)}`);
    return [r.kind, r.part ?? 0, r.label, r.heading, r.text, r.path.slice(prefix.length)];
  });
  return `(self.${RECORDS_GLOBAL}||={}).${locale}=${JSON.stringify(wire)};\n`;
}

/** The records a script's tuples describe, with ids and site paths again. */
export function fromWire(locale: string, wire: unknown[]): SearchRecord[] {
  return (wire as Wire[]).map(([kind, part, label, heading, text, path]) => ({
    id: idOf(kind, path),
    kind,
    ...(part ? { part } : {}),
    label,
    heading,
    text,
    path: `/${locale}/${path}`,
  }));
}

/** Reads a records script's text back (tests and the benchmark read the built files with this). */
export function readRecordsScript(locale: string, source: string): SearchRecord[] {
  const start = source.indexOf('=[');
  if (start < 0 || !source.startsWith(`(self.${RECORDS_GLOBAL}`)) throw new Error('not a search records script');
  return fromWire(
    locale,
    JSON.parse(
      source
        .slice(start + 1)
        .trim()
        .replace(/;$/, ''),
    ) as unknown[],
  );
}
