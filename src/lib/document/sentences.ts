/**
 * Sentences, the unit of alignment, citation, term links, revision records and whom the text binds. Each language
 * divides its text by its own rule, stated in the locale table (src/i18n/locales.ts): Chinese after 。；！？, English
 * after . ! ? where the next sentence begins, never after an abbreviation. Boundaries are derived, never written into
 * the text: the Chinese stays byte for byte the source. A translation's sentences pair with the original's one to one,
 * in order, unless its file states another grouping (align), which is checked here. Pure, so it is unit-tested.
 */
import { spec, type Locale } from '../../i18n/locales.ts';

/** A sentence of a passage: its number (from 1), the paragraph it is in, and where it lies in that paragraph. */
export interface Sentence {
  n: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = '”’"\'）)」』》】';

/** Where sentences end in a paragraph (offsets just past each end), by the language's rule. */
function ends(paragraph: string, locale: Locale): number[] {
  const { sentenceEnds, abbreviations, unspaced } = spec(locale);
  const found: number[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    if (!sentenceEnds.includes(paragraph[i]!)) continue;
    let end = i + 1;
    while (end < paragraph.length && CLOSERS.includes(paragraph[end]!)) end++;
    if (!unspaced) {
      // A sentence ends only where another begins: white space, then a capital, a digit or an opening quote.
      const next = /^\s+([\p{Lu}\p{N}“‘"'(（])/u.exec(paragraph.slice(end));
      if (end < paragraph.length && !next) continue;
      const before = paragraph.slice(0, i + 1);
      if (abbreviations.some((a) => before.endsWith(` ${a}`) || before === a)) continue;
    }
    found.push(end);
    i = end - 1;
  }
  return found;
}

/** The sentences of a passage's paragraphs, numbered through the passage; white space between them is no sentence. */
export function splitSentences(paragraphs: string[], locale: Locale): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    let start = 0;
    const cuts = ends(paragraph, locale);
    if (!cuts.length || cuts.at(-1)! < paragraph.length) cuts.push(paragraph.length);
    for (const cut of cuts) {
      const raw = paragraph.slice(start, cut);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text)
        sentences.push({
          n: sentences.length + 1,
          paragraph: index,
          start: start + lead,
          end: start + lead + text.length,
          text,
        });
      start = cut;
    }
  });
  return sentences;
}

/** Sentences from..to (1-based, inclusive), or one sentence. */
export type Span = number | [from: number, to: number];

/** A grouping a translation states where it does not render the original one sentence for one. */
export interface StatedGroup {
  original: Span;
  translation: Span;
}

/** A group of original sentences and the translation's sentences that render them, both as inclusive ranges. */
export interface AlignedGroup {
  original: [number, number];
  translation: [number, number];
}

const range = (span: Span): [number, number] => (typeof span === 'number' ? [span, span] : span);

/**
 * The alignment of a translation with its original: one to one in order, except the groups the translation states,
 * which must tile both texts in order. Throws, naming the file and the counts, when they do not align.
 */
export function alignSentences(
  original: number,
  translation: number,
  stated: StatedGroup[],
  file: string,
  names: { original: string; translation: string },
): AlignedGroup[] {
  const groups: AlignedGroup[] = [];
  const pending = [...stated].map((g) => ({ original: range(g.original), translation: range(g.translation) }));
  pending.sort((a, b) => a.original[0] - b.original[0]);
  let [o, t] = [1, 1];
  const fail = (why: string): never => {
    throw new Error(
      `${file}: the ${names.original} has ${original} sentence(s) and the ${names.translation} ${translation}; ${why} ` +
        `Render each ${names.original} sentence as one sentence, in order, or state the grouping in the front matter, e.g. align: [{ original: 2, translation: [2, 3] }].`,
    );
  };
  for (const group of pending) {
    const [[oFrom, oTo], [tFrom, tTo]] = [group.original, group.translation];
    if (oFrom < o || tFrom < t || oTo < oFrom || tTo < tFrom)
      fail(
        `the stated group original ${oFrom}–${oTo} / translation ${tFrom}–${tTo} overlaps another or runs backwards.`,
      );
    if (oFrom - o !== tFrom - t)
      fail(`before the stated group at original sentence ${oFrom}, the two do not pair one to one.`);
    for (; o < oFrom; o++, t++) groups.push({ original: [o, o], translation: [t, t] });
    groups.push({ original: [oFrom, oTo], translation: [tFrom, tTo] });
    [o, t] = [oTo + 1, tTo + 1];
  }
  if (original - o !== translation - t) fail('they do not pair one to one.');
  for (; o <= original; o++, t++) groups.push({ original: [o, o], translation: [t, t] });
  if (t !== translation + 1) fail('a stated group runs past the end of the text.');
  return groups;
}
