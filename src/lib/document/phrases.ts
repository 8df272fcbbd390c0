/**
 * Where a Chinese title may break: between words, never inside one (精准施策, not 精准施/策).
 * The page sets `word-break: keep-all` on such text, so the browser breaks only at the <wbr> placed
 * between the phrases returned here (and after punctuation). Words come from the ICU dictionary that
 * Node ships (Intl.Segmenter); a one-character word (的, 与, or the pieces ICU leaves of 疫情防控)
 * is kept with both neighbours, because a break beside it would so often cut a word.
 */
export function phrases(text: string, locale: string): string[] {
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map((s) => s.segment);
  const out: string[] = [];
  let previousLong = false;
  for (const word of words) {
    const long = [...word].length > 1;
    if (out.length && previousLong && long) out.push(word);
    else if (out.length) out[out.length - 1] += word;
    else out.push(word);
    previousLong = long;
  }
  return out;
}
