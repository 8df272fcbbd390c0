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

// A number from 1 ([1-9]\d*) in each pattern, written out rather than built from a constant: esbuild keeps a
// template or a concatenation in every browser bundle that imports this module, even unused
// (tests/unit/document.test.ts checks them against each other). The RegExps are marked pure for the same reason.
/** The passage-id grammar as a RegExp source, for zod's .regex() and any pattern that embeds it. */
export const PASSAGE_PATTERN = 'preamble|p[1-9]\\d*(?:-[1-9]\\d*)?';
export const PART_PATTERN = 'p[1-9]\\d*';
export const ITEM_PATTERN = 'p[1-9]\\d*-[1-9]\\d*';
export const SENTENCE_PATTERN = '(?:preamble|p[1-9]\\d*-[1-9]\\d*)-[1-9]\\d*';

const PASSAGE = /* @__PURE__ */ new RegExp('^(?:preamble|p([1-9]\\d*)(?:-([1-9]\\d*))?)$');
const SENTENCE = /* @__PURE__ */ new RegExp('^(preamble|p[1-9]\\d*-[1-9]\\d*)-([1-9]\\d*)$');

/** The preamble's id, and its anchor on the contents page. */
export const PREAMBLE = 'preamble';

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
  if (place.kind === 'preamble') return 'preamble'; // PREAMBLE written out: browser bundles keep a constant
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

/** A passage's heading in one language, where the page shows it in several (side by side): p4-3-en. */
export const headingIdIn = (passage: string, locale: string): string => `${passage}-${locale}`;

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

/** The local part of an id qualified by `qualified`: nmg-covid-opinions-2020:p3-4 → p3-4; any other id unchanged. */
export function unqualified(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/**
 * What the site's search finds beside the document's passages, each kind with its own id: a league or city's page
 * (region-hohhot), a glossary entry (term-fugong-fuchan), a local measure (measure-hohhot-industrial-resumption-plan,
 * also its anchor on its region's page). The key is the entry's id in its collection.
 */
const RECORD_PREFIX = { region: 'region', glossary: 'term', measure: 'measure' } as const;
export type SiteRecordKind = keyof typeof RECORD_PREFIX;

/** The id of a region page, glossary entry or local measure: (measure, hohhot-plan) → measure-hohhot-plan. */
export function recordId(kind: SiteRecordKind, key: string): string {
  return `${RECORD_PREFIX[kind]}-${key}`;
}

/** Whether `id` is the id of a record of `kind` (its key is any non-empty file name). */
export function isRecordId(kind: SiteRecordKind, id: string): boolean {
  return id.length > RECORD_PREFIX[kind].length + 1 && id.startsWith(`${RECORD_PREFIX[kind]}-`);
}
