/**
 * The document model: the policy's preamble, parts and items in one language, built from the
 * collection's entries. Pure, so that its checks are unit-tested; src/lib/content.ts feeds it.
 */
import type { Locale } from '../i18n/index.ts';

export type SourceStatus = 'full' | 'heading-only' | 'absent';

export interface PassageData {
  id: string;
  kind: 'preamble' | 'part' | 'item';
  part: number;
  item?: number;
  label?: string;
  heading?: string;
  source: SourceStatus;
  regions: string[];
  /** 'all-leagues' when the item addresses every league and city (see src/content.config.ts). */
  appliesTo?: 'all-leagues';
}

/** One collection entry: where it came from and what its frontmatter says. */
export interface PassageEntry<Body = unknown> {
  filePath: string;
  locale: Locale;
  data: PassageData;
  body: Body;
}

export interface Part<Body = unknown> { passage: PassageEntry<Body>; items: PassageEntry<Body>[] }
export interface PolicyDocument<Body = unknown> { locale: Locale; preamble: PassageEntry<Body>; parts: Part<Body>[] }

const LANGUAGE_NAMES: Record<Locale, string> = { zh: 'Chinese', en: 'English' };

/** The file a twin is expected at, for messages: src/content/policy/en/p3-4.mdx. */
function twinPath(entry: PassageEntry, locale: Locale): string {
  return entry.filePath.replace(`/${entry.locale}/`, `/${locale}/`);
}

/** Throws, naming the file and what to do, when the two languages do not describe the same document. */
export function checkTwins(entries: PassageEntry[]): void {
  const byKey = new Map<string, PassageEntry>();
  const fileName = (entry: PassageEntry) => entry.filePath.split('/').pop()!.replace(/\.mdx?$/, '');
  // Duplicates first: a copied file that kept its id is a duplicate, whatever its name; blame the copy.
  for (const entry of entries) {
    const key = `${entry.locale}/${entry.data.id}`;
    const seen = byKey.get(key);
    if (seen) {
      const [original, copy] = fileName(seen) === seen.data.id ? [seen, entry] : [entry, seen];
      throw new Error(`${copy.filePath}: duplicate id '${copy.data.id}', already used by ${original.filePath}. Each passage has one file per language.`);
    }
    byKey.set(key, entry);
  }
  for (const entry of entries) {
    if (fileName(entry) !== entry.data.id) throw new Error(`${entry.filePath}: 'id' is '${entry.data.id}' but the file is named '${fileName(entry)}'. Rename one so they agree.`);
  }
  for (const entry of entries) {
    for (const other of ['zh', 'en'] as const) {
      if (other === entry.locale) continue;
      const twin = byKey.get(`${other}/${entry.data.id}`);
      if (!twin) throw new Error(`${twinPath(entry, other)}: missing. ${entry.filePath} has no ${LANGUAGE_NAMES[other]} twin; add one with the same id, kind, part, item and source.`);
      for (const field of ['kind', 'part', 'item', 'source'] as const) {
        if (twin.data[field] !== entry.data[field])
          throw new Error(`${twin.filePath}: '${field}' is ${JSON.stringify(twin.data[field])} but its twin ${entry.filePath} says ${JSON.stringify(entry.data[field])}.`);
      }
    }
  }
}

/** The document in one language, parts and items in order. */
export function buildDocument<Body>(entries: PassageEntry<Body>[], locale: Locale): PolicyDocument<Body> {
  checkTwins(entries);
  const mine = entries.filter((e) => e.locale === locale);
  const preamble = mine.find((e) => e.data.kind === 'preamble');
  if (!preamble) throw new Error(`src/content/policy/${locale}/preamble.mdx: missing; the document needs its preamble.`);
  const parts = mine
    .filter((e) => e.data.kind === 'part')
    .sort((a, b) => a.data.part - b.data.part)
    .map((passage) => ({
      passage,
      items: mine
        .filter((e) => e.data.kind === 'item' && e.data.part === passage.data.part)
        .sort((a, b) => a.data.item! - b.data.item!),
    }));
  for (const item of mine.filter((e) => e.data.kind === 'item')) {
    if (!parts.some((p) => p.passage.data.part === item.data.part))
      throw new Error(`${item.filePath}: 'part' refers to part ${item.data.part}, which has no entry; add ${item.filePath.replace(/[^/]+$/, `p${item.data.part}.mdx`)} or correct 'part'.`);
  }
  return { locale, preamble, parts };
}

/** Parts that have a page of their own: every part the source gives (not an absent one). */
export function readableParts<Body>(doc: PolicyDocument<Body>): Part<Body>[] {
  return doc.parts.filter((p) => p.passage.data.source !== 'absent');
}

/** The site path of a passage: its part's page plus its anchor. */
export function passagePath(locale: Locale, data: Pick<PassageData, 'id' | 'part' | 'kind'>): string {
  if (data.kind === 'preamble') return `/${locale}/`;
  return data.kind === 'part' ? `/${locale}/p${data.part}/` : `/${locale}/p${data.part}/#${data.id}`;
}
