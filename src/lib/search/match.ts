/**
 * A record made ready to search, and where a piece of a query occurs in it. The searched string is the heading,
 * the text and the label, folded, one line each, so that a match found in it marks the original at the same place.
 */
import { fold } from './cjk.ts';
import { stem, words } from './stemming.ts';
import type { SearchRecord } from './records.ts';

export type Span = [start: number, end: number];

export interface Prepared {
  record: SearchRecord;
  /** heading + "\n" + text + "\n" + label, folded. */
  folded: string;
  /** Where the text starts, and where the label starts. */
  textAt: number;
  labelAt: number;
  tokens: { word: string; stem: string; start: number }[];
}

export function prepare(record: SearchRecord): Prepared {
  const folded = fold(`${record.heading}\n${record.text}\n${record.label}`);
  return {
    record,
    folded,
    textAt: record.heading.length + 1,
    labelAt: record.heading.length + record.text.length + 2,
    tokens: words(folded).map(({ word, start }) => ({ word, stem: stem(word), start })),
  };
}

/** Every place a string occurs in the folded record. */
export function occurrences(entry: Prepared, piece: string): Span[] {
  const spans: Span[] = [];
  for (let at = entry.folded.indexOf(piece); at >= 0; at = entry.folded.indexOf(piece, at + 1))
    spans.push([at, at + piece.length]);
  return spans;
}

/** Every place the words occur in a row, compared by `key` (the words as written, or their stems). */
export function wordRuns(entry: Prepared, list: string[], key: 'word' | 'stem'): Span[] {
  const { tokens } = entry;
  const spans: Span[] = [];
  for (let i = 0; i + list.length <= tokens.length; i++)
    if (list.every((w, k) => tokens[i + k]![key] === w))
      spans.push([tokens[i]!.start, tokens[i + list.length - 1]!.start + tokens[i + list.length - 1]!.word.length]);
  return spans;
}
