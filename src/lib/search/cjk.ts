/**
 * Text handling shared by the search index (built by Astro) and the browser (bundled into
 * search/engine.js by integrations/browser-scripts.ts), so that both cut text the same way.
 *
 * Chinese has no spaces, and a dictionary segmenter cuts the same string differently in the text
 * and in a query, so a query can miss the very words it copies from the text. The engine therefore
 * uses no dictionary: a run of CJK characters in a query is found as written (engine.ts), and, where
 * that finds too little, by the character pairs it shares with a passage (related.ts).
 */

/**
 * Han ideographs (with extension A and compatibility forms), kana and hangul: scripts written without spaces.
 * The one statement of the range: words, excerpts and the benchmark build their patterns from it.
 */
export const CJK_RANGE = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const CJK = new RegExp(`[${CJK_RANGE}]`);

/** Whether a text holds any CJK character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Folds case and width one UTF-16 unit at a time, so that position i of the folded text is
 * position i of the original: a match found in the folded text is highlighted in the original.
 * （ → (, Ａ → a, Resume → resume.
 */
export function fold(text: string): string {
  // Per character, the first fold that keeps its length: NFKC and lower case, lower case alone, or none.
  return [...text]
    .map((char) =>
      [char.normalize('NFKC').toLowerCase(), char.toLowerCase(), char].find((f) => f.length === char.length),
    )
    .join('');
}

const RUN = new RegExp(`[${CJK_RANGE}]+`, 'g');

/** The runs of CJK characters in a text: "复工复产 and 稳外贸" → ["复工复产", "稳外贸"]. */
export function cjkRuns(text: string): string[] {
  return text.match(RUN) ?? [];
}
