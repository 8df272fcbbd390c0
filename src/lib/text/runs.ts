/** `text` cut into runs, each marked whether it matched `pattern` (a global RegExp). */
export function runsOf(text: string, pattern: RegExp): { text: string; match: boolean }[] {
  const runs: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const found of text.matchAll(pattern)) {
    if (found.index > at) runs.push({ text: text.slice(at, found.index), match: false });
    runs.push({ text: found[0], match: true });
    at = found.index + found[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), match: false });
  return runs;
}
