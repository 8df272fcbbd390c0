/**
 * A small English stemmer, shared by the index and the browser: it folds the inflections a
 * reader types interchangeably (resume, resumed, resuming, resumption → resum; enterprise,
 * enterprises → enterpris; supply, supplies → supply). Deliberately lighter than Porter's:
 * it strips inflections and -ion/-ment only, so that unrelated words rarely meet.
 * Why not the `stemmer` package (Porter), measured: it keeps the bench's English at 100%, but it
 * parts resume (resum) from resumption (resumpt), and it adds 481 B gzip to search/engine.js, which every first
 * search loads (tests/e2e/search-budget.spec.ts).
 */
import { CJK_RANGE } from './cjk.ts';

const RULES: [suffix: string, replacement: string][] = [
  ['mptions', 'm'],
  ['mption', 'm'], // resumption → resum, consumption → consum
  ['ations', 'ate'],
  ['ation', 'ate'], // coordination → coordinate → coordinat
  ['ments', ''],
  ['ment', ''],
  ['ions', ''],
  ['ion', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['sses', 'ss'],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
];

export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (!w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    for (const [suffix, replacement] of RULES) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 'ly' && w.endsWith('ply'))) {
        w = w.slice(0, -suffix.length) + replacement;
        break;
      }
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // stopped → stopp → stop; but keep -ll and -ss (fall, access)
  if (w.length > 3 && /([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The words of a folded text and where they start: "work-resumption" → work@0, resumption@5. */
export function words(folded: string): { word: string; start: number }[] {
  return [...folded.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index }));
}

/** Letters and digits of scripts written with spaces (CJK runs are matched as written instead: cjk.ts). */
const WORD = new RegExp(`(?:(?![${CJK_RANGE}])[\\p{L}\\p{N}])+`, 'gu');
