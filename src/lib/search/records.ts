/**
 * What the search index holds, and how it travels: one record per thing a reader can land on, written per language
 * as classic scripts that assign their records to a global, because browsers refuse fetch() and modules on file://
 * but run a plain <script src>. Three files per language (`{lang}/search/{file}.js`):
 *   records  the policy's passages: the first query's file;
 *   more     local measures, the regions' pages, glossary entries and this language's vocabulary, loaded once the
 *            first results are drawn (collect.ts decides what goes where);
 *   cross    the other language's passages and vocabulary, loaded only for a query in the other language's script.
 * Pure, shared by the build, the browser, the tests and the benchmark.
 */
import { isPassageId, isRecordId, qualified, recordId, unqualified } from '../document/ids.ts';

export type SearchKind = 'policy' | 'measure' | 'region' | 'glossary';
/** In the order results of one match list them: the policy's own text, then local measures, regions, glossary. */
export const SEARCH_KINDS: readonly SearchKind[] = ['policy', 'measure', 'region', 'glossary'];

export interface SearchRecord {
  /** A passage's id qualified by the document's (nmg-covid-opinions-2020:p3-4); region-…, term-…, measure-…. */
  id: string;
  kind: SearchKind;
  /** The policy part the record belongs to (3 for 三（四）); absent for records outside the policy. */
  part?: number;
  /** 三（四） / III (4) for the policy; a region's or term's name in the other language; a measure's issuer. */
  label: string;
  heading: string;
  /** The text as published, unchanged: excerpts are cut from it. */
  text: string;
  /** Site path with anchor: /zh/p3/#p3-4. */
  path: string;
}

/** Words a reader types for the text's words, in one language (src/content/search-synonyms.yaml), folded. */
export interface Vocabulary {
  /** Groups of words or phrases that count as one another in related results. */
  same: string[][];
  /** Words a question adds (how, 怎么办): left out of related matching. */
  ignore: string[];
}
export const NO_VOCABULARY: Vocabulary = { same: [], ignore: [] };

/** One file's records: their language, the document they belong to, and that language's vocabulary. */
export interface RecordSet {
  locale: string;
  document: string;
  vocabulary?: Vocabulary;
  records: SearchRecord[];
}

export const RECORD_FILES = ['records', 'more', 'cross'] as const;
export type RecordFile = (typeof RECORD_FILES)[number];

/** The global each script fills, keyed by the page language and file: `policySearchRecords['en/cross']`. */
export const RECORDS_GLOBAL = 'policySearchRecords';
export const recordsKey = (locale: string, file: RecordFile) => `${locale}/${file}`;

/**
 * A record as a script carries it: a tuple under its kind, without the id (its path names it), the path relative to
 * its language's folder.
 */
type Wire = [part: number, label: string, heading: string, text: string, path: string];
export interface WireSet {
  l: string;
  d: string;
  v?: [same: string[][], ignore: string[]];
  r: Partial<Record<SearchKind, Wire[]>>;
}

/**
 * The one rule for a record's id: what its path names, in the id grammar (src/lib/document/ids.ts). A passage (its
 * anchor, or its part's page) qualified by the document; a region's page; a glossary entry's or measure's anchor.
 */
export function recordIdOf(kind: SearchKind, path: string, document: string): string {
  const [page = '', anchor = ''] = path.split('#');
  const segment = page.split('/').filter(Boolean).at(-1) ?? '';
  return kind === 'policy'
    ? qualified(document, anchor || segment)
    : kind === 'region'
      ? recordId('region', segment)
      : kind === 'glossary'
        ? recordId('glossary', anchor)
        : anchor;
}

export function recordsScript(locale: string, file: RecordFile, set: RecordSet): string {
  const prefix = `/${set.locale}/`;
  const r: WireSet['r'] = {};
  for (const { id, kind, part, label, heading, text, path } of set.records) {
    const named = recordIdOf(kind, path, set.document);
    if (!path.startsWith(prefix)) throw new Error(`search record ${id}: ${path} is not under ${prefix}`);
    if (named !== id) throw new Error(`search record ${id}: its path ${path} names ${named}`);
    if (kind === 'policy' ? !isPassageId(unqualified(id)) : !isRecordId(kind, id))
      throw new Error(`search record ${id}: ${path} names no ${kind}`);
    (r[kind] ??= []).push([part ?? 0, label, heading, text, path.slice(prefix.length)]);
  }
  const v: WireSet['v'] = set.vocabulary && [set.vocabulary.same, set.vocabulary.ignore];
  const wire: WireSet = { l: set.locale, d: set.document, ...(v ? { v } : {}), r };
  return `(self.${RECORDS_GLOBAL}||={})[${JSON.stringify(recordsKey(locale, file))}]=${JSON.stringify(wire)};\n`;
}

/** The records a script's tuples describe, with ids and site paths again, in the order of SEARCH_KINDS. */
export function fromWire({ l, d, v, r }: WireSet): RecordSet {
  return {
    locale: l,
    document: d,
    vocabulary: v && { same: v[0], ignore: v[1] },
    records: SEARCH_KINDS.flatMap((kind) =>
      (r[kind] ?? []).map(([part, label, heading, text, path]) => ({
        id: recordIdOf(kind, `/${l}/${path}`, d),
        kind,
        ...(part ? { part } : {}),
        label,
        heading,
        text,
        path: `/${l}/${path}`,
      })),
    ),
  };
}

/** Reads a records script's text back (tests and the benchmark read the built files with this). */
export function readRecordsScript(source: string): RecordSet {
  const start = source.indexOf(']={');
  if (start < 0 || !source.startsWith(`(self.${RECORDS_GLOBAL}`)) throw new Error('not a search records script');
  return fromWire(
    JSON.parse(
      source
        .slice(start + 2)
        .trim()
        .replace(/;$/, ''),
    ) as WireSet,
  );
}
