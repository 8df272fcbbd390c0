/**
 * The document model: the policy's preamble, parts and items in one language, built from the
 * collection's entries. Pure, so that its checks are unit-tested; src/lib/content.ts feeds it.
 */
import type { Locale } from '../i18n/index.ts';
import { checkTwinPairs } from './twins.ts';

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

/**
 * Throws, naming the file and what to do, when the two languages do not describe the same document:
 * the same passages in the same places. (That they name the same regions is checked with the regions,
 * after each reference is known to be a region: src/lib/region-checks.ts.)
 */
export function checkTwins(entries: PassageEntry[]): void {
  checkTwinPairs(
    entries.map((entry) => ({ ...entry, key: entry.data.id })),
    ({ data }) => ({ kind: data.kind, part: data.part, item: data.item ?? null, source: data.source }),
    'id',
  );
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
