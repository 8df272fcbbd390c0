/**
 * Passages assembled from what the files say, pure, so that the build (./content.ts, from the collections) and the
 * tests (from the files) assemble them by one rule: place and label from the id, the outline's facts, the text cut
 * into paragraphs and sentences, each translation aligned with the original, its notes read, and the outline's
 * statement of whom each sentence addresses checked against the original's sentences.
 */
import { isSource, spec, type Locale } from '../../i18n/locales.ts';
import {
  passageData,
  textUnits,
  type Addressee,
  type OutlineFacts,
  type PassageEntry,
  type PassageText,
} from './model.ts';
import { alignSentences, splitSentences, type StatedGroup } from './sentences.ts';
import { passageParagraphs } from './text.ts';
import { PREAMBLE } from './ids.ts';

export const OUTLINE = 'src/content/outline.yaml';

/** One policy file as read: where it is, its language and id, its front matter and body. */
export interface RawPassage<Body> {
  filePath: string;
  locale: Locale;
  id: string;
  heading?: string;
  /** A translation's stated grouping of sentences, and its notes (front matter). */
  align?: StatedGroup[];
  notes?: { sentence: number; at?: string; text: Record<Locale, string> }[];
  text: string;
  body: Body;
}

/** Every passage of every language, assembled and checked; throws, naming the file, on the first fault. */
export function assemblePassages<Body>(
  raw: RawPassage<Body>[],
  outline: Map<string, OutlineFacts>,
): PassageEntry<Body>[] {
  const found = raw.map((r) => {
    const facts = outline.get(r.id);
    if (!facts)
      throw new Error(
        `${r.filePath}: '${r.id}' has no line in ${OUTLINE}; add one saying what the source gives (source: full | heading-only | absent).`,
      );
    // Only the preamble may set a title in italics; an item's text is plain (./text.ts).
    const paragraphs = passageParagraphs(r.text, r.filePath, r.id === PREAMBLE);
    const sentences = splitSentences(
      paragraphs.map((p) => p.text),
      r.locale,
    );
    return {
      filePath: r.filePath,
      locale: r.locale,
      data: passageData(r.id, r.filePath, r.locale, r.heading, facts),
      text: { paragraphs, sentences, alignment: [], notes: [] } as PassageText,
      body: r.body,
    } satisfies PassageEntry<Body>;
  });
  for (const id of outline.keys())
    if (!found.some((e) => e.data.id === id))
      throw new Error(`${OUTLINE}: '${id}' has no policy file; add one for each language, or remove the line.`);
  const originals = new Map(found.filter((e) => isSource(e.locale)).map((e) => [e.data.id, e]));
  raw.forEach((r, i) => {
    const entry = found[i]!;
    const original = originals.get(entry.data.id);
    if (!original) return; // the twin check (buildDocument) names the missing file
    const count = original.text.sentences.length;
    const names = {
      original: `${spec(original.locale).englishName} (${original.locale})`,
      translation: `${spec(entry.locale).englishName} (${entry.locale})`,
    };
    entry.text.alignment = alignSentences(count, entry.text.sentences.length, r.align ?? [], entry.filePath, names);
    if (isSource(entry.locale)) checkAddressees(entry);
    else entry.text.notes = readNotes(entry, r.notes ?? [], count);
  });
  return found;
}

/** A translation's notes, numbered, each on a sentence it has and about words that sentence holds. */
function readNotes(entry: PassageEntry<unknown>, notes: NonNullable<RawPassage<unknown>['notes']>, count: number) {
  return notes.map((note, i) => {
    if (note.sentence > count)
      throw new Error(
        `${entry.filePath}: note ${i + 1} is on sentence ${note.sentence}, but the passage has ${count}; number sentences as the original does.`,
      );
    const unit = textUnits(entry).find((u) => u.covers.includes(note.sentence))!;
    if (note.at && !unit.sentences.some((s) => s.text.includes(note.at!)))
      throw new Error(
        `${entry.filePath}: note ${i + 1} is about “${note.at}”, which sentence ${note.sentence} does not contain; quote the sentence's own words in 'at'.`,
      );
    return { n: i + 1, ...note };
  });
}

/** The outline states whom each sentence of the original addresses: every sentence, and no other. */
function checkAddressees(entry: PassageEntry<unknown>): void {
  const count = entry.text.sentences.length;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !entry.data.addressees.has(n));
  const extra = [...entry.data.addressees.keys()].filter((n) => n > count);
  if (missing.length || extra.length)
    throw new Error(
      `${OUTLINE}: '${entry.data.id}' has ${count} sentence(s) in ${entry.filePath}` +
        (missing.length ? `; say whom sentence(s) ${missing.join(', ')} address` : '') +
        (extra.length ? `; it names sentence(s) ${extra.join(', ')}, which the text does not have` : '') +
        ' (under sentences:, all-levels | all-leagues | others | { named: [region ids] }, with open: true where the names are examples).',
    );
}

/** The outline's facts from its data: what the source gives, and whom each sentence addresses. */
export function outlineFacts(data: {
  source: OutlineFacts['source'];
  sentences?: Record<string, Addressee>;
}): OutlineFacts {
  return {
    source: data.source,
    addressees: new Map(Object.entries(data.sentences ?? {}).map(([n, a]) => [Number(n), a])),
  };
}
