/**
 * The grammar of the document's ids, stated once: parse, format and the pattern, for the model, the content gate,
 * the schemas, the routes, the search records, components, browser code and tests alike.
 *
 *   preamble      the preamble                 p3       part 三             p3-4     三（四）
 *   preamble-2    the preamble's 2nd sentence  p4-3-2   四（三）'s 2nd sentence
 *
 * A passage's id is its file name (src/content/policy/{locale}/p3-4.mdx) and its anchor on every page. Only the
 * preamble and items have text, so only they have sentences (numbered from 1, headings not counted); p4-2 is
 * therefore always an item. Pure and dependency-free, so browser code bundles it.
 */

/** Where a passage sits: the preamble, part 三 ({part: 3}), or 三（四） ({part: 3, item: 4}). */
export interface Place {
  kind: 'preamble' | 'part' | 'item';
  part: number;
  item?: number;
}

/** A sentence: the passage (preamble or item) and its number in that passage's text, from 1. */
export interface SentencePlace {
  passage: string;
  sentence: number;
}

const NUMBER = '[1-9]\\d*';
/** The passage-id grammar as a RegExp source, for zod's .regex() and any pattern that embeds it. */
export const PASSAGE_PATTERN = `preamble|p${NUMBER}(?:-${NUMBER})?`;
export const PART_PATTERN = `p${NUMBER}`;
export const ITEM_PATTERN = `p${NUMBER}-${NUMBER}`;
export const SENTENCE_PATTERN = `(?:preamble|${ITEM_PATTERN})-${NUMBER}`;

const PASSAGE = new RegExp(`^(?:preamble|p(${NUMBER})(?:-(${NUMBER}))?)$`);
const SENTENCE = new RegExp(`^(preamble|${ITEM_PATTERN})-(${NUMBER})$`);

/** What a passage id names, or undefined when it is not one: p3-4 → {item, part 3, item 4}. */
export function parsePassageId(id: string): Place | undefined {
  const match = PASSAGE.exec(id);
  if (!match) return undefined;
  if (!match[1]) return { kind: 'preamble', part: 0 };
  return match[2]
    ? { kind: 'item', part: Number(match[1]), item: Number(match[2]) }
    : { kind: 'part', part: Number(match[1]) };
}

export const isPassageId = (id: string): boolean => PASSAGE.test(id);
export const isItemId = (id: string): boolean => parsePassageId(id)?.kind === 'item';

/** The id of a place: {part 3, item 4} → p3-4. */
export function passageId(place: Place): string {
  if (place.kind === 'preamble') return 'preamble';
  return place.kind === 'part' ? `p${place.part}` : `p${place.part}-${place.item}`;
}

/** The id of a sentence, which is also its anchor: (p4-3, 2) → p4-3-2. */
export function sentenceId(passage: string, sentence: number): string {
  return `${passage}-${sentence}`;
}

/** What a sentence id names, or undefined: p4-3-2 → {passage p4-3, sentence 2}. */
export function parseSentenceId(id: string): SentencePlace | undefined {
  const match = SENTENCE.exec(id);
  return match ? { passage: match[1]!, sentence: Number(match[2]) } : undefined;
}

/** The passage an anchor belongs to: an item or the preamble for itself or one of its sentences; else undefined. */
export function passageOfAnchor(anchor: string): string | undefined {
  return isPassageId(anchor) ? anchor : parseSentenceId(anchor)?.passage;
}

/** A translator's note on a passage, and the mark in the text that leads to it: p4-3-note-1, p4-3-note-1-mark. */
export const noteId = (passage: string, n: number): string => `${passage}-note-${n}`;
export const noteMarkId = (passage: string, n: number): string => `${noteId(passage, n)}-mark`;

/**
 * An id as it leaves the site (search records, policy.json, feeds, JSON-LD): qualified by the document's id, so that
 * the ids of two documents never collide: nmg-covid-opinions-2020:p3-4.
 */
export function qualified(document: string, id: string): string {
  return `${document}:${id}`;
}
