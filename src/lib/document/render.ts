/**
 * A passage's text as pages show it: paragraphs of sentences, each sentence a run of pieces (plain, in italics, or
 * a glossary term linked to its entry). Pure, so that what the pages show is unit-tested.
 *
 * Term links: a term is linked at its first occurrence in the passage, and in a translation only in a sentence whose
 * original (the sentences it renders) uses the term: a link never claims an equivalence the original does not make.
 */
import type { Locale } from '../../i18n/locales.ts';
import { occursIn, termPlaces, type Term } from '../glossary/rules.ts';
import type { PassageEntry, TextUnit } from './model.ts';
import { textUnits } from './model.ts';
import { sentenceId } from './ids.ts';

export interface Piece {
  text: string;
  italic: boolean;
  term?: Term;
  /** A translator's note's mark (its number), an empty piece placed after the words it is about. */
  note?: number;
}

/** A sentence as shown: its anchor (the first sentence of a unit carries the unit's id), and its pieces. */
export interface SentenceView {
  /** The unit's anchor, on its first sentence only. */
  id?: string;
  /** Ids of the further original sentences a unit covers (a translation joining two), as empty anchors. */
  alsoIds: string[];
  /** The unit this sentence belongs to (its anchor id). */
  unit: string;
  pieces: Piece[];
}

/** A paragraph: sentences, with the text between them (a space in English, nothing in Chinese). */
export type ParagraphView = (SentenceView | string)[];

interface Span {
  start: number;
  end: number;
  term: Term;
}

/** Cuts [start, end) of a paragraph into pieces at its italics and its linked terms, and places note marks. */
function pieces(
  text: string,
  italics: [number, number][],
  links: Span[],
  start: number,
  end: number,
  marks: { at: number; n: number }[],
): Piece[] {
  const cuts = new Set([start, end, ...marks.map((m) => m.at)]);
  for (const [s, e] of italics) [s, e].forEach((c) => c > start && c < end && cuts.add(c));
  for (const { start: s, end: e } of links) [s, e].forEach((c) => c > start && c < end && cuts.add(c));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const italic = italics.some(([s, e]) => s <= from && to <= e);
    const term = links.find((l) => l.start <= from && to <= l.end)?.term;
    for (const mark of marks.filter((m) => m.at === from && from > start))
      out.push({ text: '', italic: false, note: mark.n });
    const last = out.at(-1);
    // Consecutive pieces of the same link and style join again.
    if (last && last.note === undefined && last.italic === italic && last.term === term)
      last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), italic, ...(term && { term }) });
  }
  for (const mark of marks.filter((m) => m.at === end)) out.push({ text: '', italic: false, note: mark.n });
  return out;
}

/**
 * The passage's paragraphs as shown in its language. `original` is the same passage in the source language, which
 * decides where a translation may link a term; omit it for the source itself.
 */
export function passageView(
  entry: Pick<PassageEntry, 'data' | 'text' | 'locale'>,
  terms: Term[],
  original?: { units: TextUnit[]; locale: Locale },
): ParagraphView[] {
  const units = textUnits(entry);
  const unitOf = new Map(units.flatMap((u) => u.sentences.map((s) => [s.n, u] as const)));
  const allowed = (unit: TextUnit, term: Term) => {
    if (!original) return true;
    const twin = original.units.find((u) => u.id === unit.id);
    return !!twin && twin.sentences.some((s) => occursIn(term, s.text, original.locale));
  };
  // First occurrences, in reading order, where allowed; at one place the longer match wins.
  const linked = new Set<string>();
  const links = new Map<number, Span[]>();
  for (const sentence of entry.text.sentences) {
    const unit = unitOf.get(sentence.n)!;
    const found = terms
      .filter((term) => !linked.has(term.id) && allowed(unit, term))
      .flatMap((term) =>
        termPlaces(term, sentence.text, entry.locale).map(([s, e]) => ({
          start: sentence.start + s,
          end: sentence.start + e,
          term,
        })),
      )
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: Span[] = [];
    for (const span of found) {
      if (linked.has(span.term.id) || chosen.some((c) => c.start < span.end && span.start < c.end)) continue;
      linked.add(span.term.id);
      chosen.push(span);
    }
    links.set(sentence.n, chosen);
  }
  // Each note's mark: after the words it is about, or at the end of its sentence.
  const marks = new Map<number, { at: number; n: number }[]>();
  for (const note of entry.text.notes) {
    const unit = units.find((u) => u.covers.includes(note.sentence))!;
    const sentence = unit.sentences.find((s) => !note.at || s.text.includes(note.at)) ?? unit.sentences[0]!;
    const at = note.at ? sentence.start + sentence.text.indexOf(note.at) + note.at.length : sentence.end;
    marks.set(sentence.n, [...(marks.get(sentence.n) ?? []), { at, n: note.n }]);
  }
  return entry.text.paragraphs.map((paragraph, index) => {
    const view: ParagraphView = [];
    let at = 0;
    for (const sentence of entry.text.sentences.filter((s) => s.paragraph === index)) {
      if (sentence.start > at) view.push(paragraph.text.slice(at, sentence.start));
      const unit = unitOf.get(sentence.n)!;
      const first = unit.sentences[0]!.n === sentence.n;
      view.push({
        ...(first && { id: unit.id }),
        alsoIds: first ? unit.covers.slice(1).map((n) => sentenceId(entry.data.id, n)) : [],
        unit: unit.id,
        pieces: pieces(
          paragraph.text,
          paragraph.italics,
          links.get(sentence.n)!,
          sentence.start,
          sentence.end,
          marks.get(sentence.n) ?? [],
        ),
      });
      at = sentence.end;
    }
    if (at < paragraph.text.length) view.push(paragraph.text.slice(at));
    return view;
  });
}

/** The sentences of a view by unit, in order: the side-by-side page sets each unit beside its twin. */
export function sentencesByUnit(view: ParagraphView[]): Map<string, SentenceView[]> {
  const units = new Map<string, SentenceView[]>();
  for (const part of view.flat())
    if (typeof part !== 'string') units.set(part.unit, [...(units.get(part.unit) ?? []), part]);
  return units;
}
