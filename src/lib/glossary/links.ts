/**
 * The first occurrence of each glossary term in an item's paragraphs, so that pages can link it to its entry
 * without changing a character of the text.
 */
import type { Locale } from '../../i18n/locales.ts';
import { termPlaces, type Term } from './rules.ts';

/** A piece of a paragraph: plain text, or the words of a term's first occurrence. */
export type TermSegment = string | { text: string; term: Term };

interface Match {
  paragraph: number;
  start: number;
  end: number;
  term: Term;
}

function matches(paragraphs: string[], terms: Term[], locale: Locale): Match[] {
  const found: Match[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const term of terms)
      for (const [start, end] of termPlaces(term, text, locale)) found.push({ paragraph, start, end, term });
  });
  // In reading order; at one place the longer match first.
  return found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
}

/** Each paragraph cut into segments so that each term's first occurrence in the item is its own segment. */
export function linkFirstOccurrences(paragraphs: string[], terms: Term[], locale: Locale): TermSegment[][] {
  const linked = new Set<string>();
  const chosen: Match[] = [];
  for (const m of matches(paragraphs, terms, locale)) {
    if (linked.has(m.term.id)) continue;
    if (chosen.some((c) => c.paragraph === m.paragraph && c.start < m.end && m.start < c.end)) continue;
    linked.add(m.term.id);
    chosen.push(m);
  }
  return paragraphs.map((text, paragraph) => {
    const segments: TermSegment[] = [];
    let at = 0;
    for (const m of chosen.filter((c) => c.paragraph === paragraph).sort((a, b) => a.start - b.start)) {
      if (m.start > at) segments.push(text.slice(at, m.start));
      segments.push({ text: text.slice(m.start, m.end), term: m.term });
      at = m.end;
    }
    if (at < text.length) segments.push(text.slice(at));
    return segments;
  });
}
