/**
 * What a revision changed in a unit, word by word (character by character in a language written without spaces), by
 * the `diff` package (jsdiff): the changes page marks the words taken out and put in, and the feed names them.
 */
import { diffChars, diffWordsWithSpace } from 'diff';
import { spec, type Locale } from '../../i18n/locales.ts';

export interface DiffPart {
  text: string;
  added?: boolean;
  removed?: boolean;
}

export function wordDiff(was: string, now: string, locale: Locale): DiffPart[] {
  const parts = spec(locale).unspaced ? diffChars(was, now) : diffWordsWithSpace(was, now);
  return parts.map((p) => ({ text: p.value, ...(p.added && { added: true }), ...(p.removed && { removed: true }) }));
}

/** The changed stretches as pairs, “old” → “new”, for a line of text (the feed). */
export function changedPairs(parts: DiffPart[]): { was: string; now: string }[] {
  const pairs: { was: string; now: string }[] = [];
  let current: { was: string; now: string } | undefined;
  parts.forEach((part, i) => {
    if (part.added || part.removed) {
      current ??= { was: '', now: '' };
      if (part.removed) current.was += part.text;
      else current.now += part.text;
      return;
    }
    // A word or less of unchanged text between two changes belongs to one stretch.
    const between =
      current && parts.slice(i + 1).some((p) => p.added || p.removed) && part.text.trim().split(/\s+/).length <= 1;
    if (current && between && part.text.length <= 12) {
      current.was += part.text;
      current.now += part.text;
      return;
    }
    if (current) pairs.push(current);
    current = undefined;
  });
  if (current) pairs.push(current);
  return pairs.map(({ was, now }) => ({ was: was.trim(), now: now.trim() }));
}
