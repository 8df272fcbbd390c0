/** What a result shows: the record's heading, label and a window of its text, each cut into plain and marked runs. */
import type { Span } from './match.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Cuts `text` (from `offset` in the folded string) into plain and marked segments; touching matches make one mark. */
export function segments(text: string, offset: number, spans: Span[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of spans.map(([s, e]) => [s - offset, e - offset] as Span).sort((a, b) => a[0] - b[0])) {
    const start = Math.max(s, at),
      end = Math.min(e, text.length);
    if (start >= end) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    const last = out.at(-1);
    if (last?.mark && start === at) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** A window of `text` (from `offset`) around its first match, with every match in it marked; `width` characters. */
export function excerpt(text: string, offset: number, spans: Span[], width: number): Segment[] {
  const inText = spans.filter(([s, e]) => s >= offset && e <= offset + text.length).sort((a, b) => a[0] - b[0]);
  const first = inText.length ? inText[0]![0] - offset : 0;
  let start = Math.max(0, first - Math.floor(width / 4));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  // In English, do not cut a word in half.
  while (start > 0 && /\w/.test(text[start - 1]!) && first - start < width / 2) start--;
  while (end < text.length && /\w/.test(text[end]!)) end++;
  const cut = segments(text.slice(start, end), offset + start, inText);
  if (start > 0) cut.unshift({ text: '…', mark: false });
  if (end < text.length) cut.push({ text: '…', mark: false });
  return cut;
}
