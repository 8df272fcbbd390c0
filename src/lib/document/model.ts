/**
 * The document model: the policy's preamble, parts and items in one language. Pure, so that its checks are
 * unit-tested; ./content.ts feeds it from the collections.
 */
import type { Locale } from '../../i18n/locales.ts';
import { parsePassageId, type Place } from './ids.ts';
import { label } from './naming.ts';
import { checkTwinPairs } from './twins.ts';

export type SourceStatus = 'full' | 'heading-only' | 'absent';

/** What the outline says of a passage, in every language. */
export interface OutlineFacts {
  source: SourceStatus;
  regions: string[];
  appliesTo?: 'all-leagues';
}

/** A passage as pages use it: where it sits (from its id), its label and heading, and the outline's facts. */
export interface PassageData extends Place, OutlineFacts {
  id: string;
  label: string;
  heading?: string;
}

/** One collection entry: where it came from, its data, and its body. */
export interface PassageEntry<Body = unknown> {
  filePath: string;
  locale: Locale;
  data: PassageData;
  body: Body;
}

export interface Part<Body = unknown> {
  passage: PassageEntry<Body>;
  items: PassageEntry<Body>[];
}
export interface PolicyDocument<Body = unknown> {
  locale: Locale;
  preamble: PassageEntry<Body>;
  parts: Part<Body>[];
}

/** Where a passage sits, read from its id (its file name): preamble, p3 → part 三, p3-4 → 三（四）. */
export function placeOf(id: string, filePath: string): Place {
  const place = parsePassageId(id);
  if (!place)
    throw new Error(
      `${filePath}: the file name must be preamble.mdx, p{part}.mdx or p{part}-{item}.mdx (p3-4.mdx is 三（四）).`,
    );
  return place;
}

/** A passage's data, from its id, its language's front matter and the outline. */
export function passageData(
  id: string,
  filePath: string,
  locale: Locale,
  heading: string | undefined,
  facts: OutlineFacts,
): PassageData {
  const place = placeOf(id, filePath);
  if (place.kind !== 'preamble' && facts.source !== 'absent' && !heading)
    throw new Error(`${filePath}: missing 'heading' (only a part the source lacks has none).`);
  return { id, ...place, label: label(place, locale), heading, ...facts };
}

/** Throws, naming the file and what to do, when a passage lacks its twin in the other language. */
export function checkTwins(entries: PassageEntry[]): void {
  checkTwinPairs(entries.map((entry) => ({ ...entry, key: entry.data.id })));
}

/** The document in one language, parts and items in order. */
export function buildDocument<Body>(entries: PassageEntry<Body>[], locale: Locale): PolicyDocument<Body> {
  checkTwins(entries);
  const mine = entries.filter((e) => e.locale === locale);
  const preamble = mine.find((e) => e.data.kind === 'preamble');
  if (!preamble)
    throw new Error(`src/content/policy/${locale}/preamble.mdx: missing; the document needs its preamble.`);
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
      throw new Error(
        `${item.filePath}: part ${item.data.part} has no entry; add ${item.filePath.replace(/[^/]+$/, `p${item.data.part}.mdx`)} or rename the item.`,
      );
  }
  return { locale, preamble, parts };
}

/** Parts that have a page of their own: every part the source gives (not an absent one). */
export function readableParts<Body>(doc: PolicyDocument<Body>): Part<Body>[] {
  return doc.parts.filter((p) => p.passage.data.source !== 'absent');
}

/** Every passage of the document in reading order: preamble, then each part followed by its items. */
export function passagesOf<Body>(doc: PolicyDocument<Body>): PassageEntry<Body>[] {
  return [doc.preamble, ...doc.parts.flatMap((p) => [p.passage, ...p.items])];
}
