/**
 * The document model: the policy's preamble, parts and items in one language. Pure, so that its checks are
 * unit-tested; ./content.ts feeds it from the collections.
 */
import type { Locale } from '../../i18n/locales.ts';
import { parsePassageId, passageId, sentenceId, type Place } from './ids.ts';
import { label } from './naming.ts';
import type { AlignedGroup, Sentence } from './sentences.ts';
import type { Paragraph } from './text.ts';
import { checkTwinPairs } from './twins.ts';

export type SourceStatus = 'full' | 'heading-only' | 'absent';

/**
 * Whom a sentence addresses: every level of government and every locality (so each league and city), every league
 * and city, the leagues and cities it names (by id), or none of them as such.
 */
/** `open`: the names are examples (…等盟市, "such as"), so the sentence may reach leagues and cities it does not name. */
export type Addressee = 'all-levels' | 'all-leagues' | 'others' | { named: string[]; open?: true };

/** What the outline says of a passage, in every language: what the source gives, and whom each sentence addresses. */
export interface OutlineFacts {
  source: SourceStatus;
  /** By sentence number (as the original divides its text). */
  addressees: Map<number, Addressee>;
}

/** A translator's note on a sentence of a translation, numbered within its passage. */
export interface TranslatorNote {
  n: number;
  sentence: number;
  /** The words of the sentence (or heading) the note is about. */
  at?: string;
  text: Record<Locale, string>;
}

/** A passage's text in one language, and how it lines up with the original's. */
export interface PassageText {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Groups of the original's sentences and this text's sentences that render them (the original: each alone). */
  alignment: AlignedGroup[];
  notes: TranslatorNote[];
}

/** A passage as pages use it: where it sits (from its id), its label and heading, and the outline's facts. */
export interface PassageData extends Place, OutlineFacts {
  id: string;
  label: string;
  heading?: string;
}

/**
 * An item the source gives with its text, not as a heading only: the only kind with text to read, cite or read side
 * by side, so the only kind with item tools and sentence pairs.
 */
export const isItemWithText = (data: Pick<PassageData, 'kind' | 'source'>): boolean =>
  data.kind === 'item' && data.source === 'full';

/** One collection entry: where it came from, its data, its text, and its body. */
export interface PassageEntry<Body = unknown> {
  filePath: string;
  locale: Locale;
  data: PassageData;
  text: PassageText;
  body: Body;
}

/**
 * A unit of a passage's text as pages show it: one group of the original's sentences (usually one) and the sentences
 * of this language that render it. Its anchor is the first original sentence's id (p4-3-2), the same in every language.
 */
export interface TextUnit {
  id: string;
  /** The original's sentence numbers it covers: [2], or [2, 3] where a translation joins them. */
  covers: number[];
  sentences: Sentence[];
}

/** A passage's text as units, in order. */
export function textUnits(entry: Pick<PassageEntry, 'data' | 'text'>): TextUnit[] {
  return entry.text.alignment.map(({ original: [from, to], translation: [first, last] }) => ({
    id: sentenceId(entry.data.id, from),
    covers: Array.from({ length: to - from + 1 }, (_, i) => from + i),
    sentences: entry.text.sentences.slice(first - 1, last),
  }));
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
        `${item.filePath}: part ${item.data.part} has no entry; add ${item.filePath.replace(/[^/]+$/, `${passageId({ kind: 'part', part: item.data.part })}.mdx`)} or rename the item.`,
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
