/**
 * The search itself, pure so that it is unit-tested and runs unchanged in the browser.
 * Chinese: an exact substring match on each record's folded text (no dictionary to cut it differently
 * in text and query), so a record that does not contain the query is never returned. At this size a
 * bigram candidate index (Lucene's CJK approach, kept in cjk.ts for pagefind's bench index) saves
 * nothing measurable and costs bytes on the first query. English: words match by stem, phrases word by word.
 */
import { fold, hasCjk } from './cjk.ts';
import { stem, words } from './stemming.ts';
import { parseQuery, type Term } from './query.ts';
import type { SearchKind, SearchRecord } from './records.ts';

export interface Prepared {
  record: SearchRecord;
  order: number;
  /** heading + "\n" + text, folded; positions below headingEnd are in the heading. */
  folded: string;
  headingEnd: number;
  tokens: { word: string; stem: string; start: number }[];
}

export interface SearchIndex {
  records: Prepared[];
}
export interface Segment {
  text: string;
  mark: boolean;
}
const KIND_RANK: Record<SearchRecord['kind'], number> = { policy: 0, region: 1, glossary: 2 };

export interface SearchResult {
  record: SearchRecord;
  score: number;
  heading: Segment[];
  excerpt: Segment[];
}
export interface SearchFilters {
  part?: number;
  kinds?: SearchKind[];
}

export function prepareIndex(records: SearchRecord[]): SearchIndex {
  return {
    records: records.map((record, order) => {
      const folded = fold(`${record.heading}\n${record.text}`);
      return {
        record,
        order,
        folded,
        headingEnd: record.heading.length,
        tokens: words(folded).map(({ word, start }) => ({ word, stem: stem(word), start })),
      };
    }),
  };
}

type Span = [start: number, end: number];

/** Where a term occurs in a record, or [] when it does not. */
function find(entry: Prepared, term: Term): Span[] {
  if (term.kind === 'cjk') {
    const spans: Span[] = [];
    for (let at = entry.folded.indexOf(term.text); at >= 0; at = entry.folded.indexOf(term.text, at + 1))
      spans.push([at, at + term.text.length]);
    return spans;
  }
  const { tokens } = entry;
  if (term.kind === 'word')
    return tokens.filter((t) => t.stem === term.stem).map((t) => [t.start, t.start + t.word.length]);
  const spans: Span[] = [];
  for (let i = 0; i + term.words.length <= tokens.length; i++) {
    if (term.words.every((w, k) => tokens[i + k]!.word === w)) {
      const last = tokens[i + term.words.length - 1]!;
      spans.push([tokens[i]!.start, last.start + last.word.length]);
    }
  }
  return spans;
}

/** Cuts `text` (from `offset` in the folded string) into plain and marked segments. */
function segments(text: string, offset: number, spans: Span[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of spans
    .map(([s, e]) => [s - offset, e - offset] as Span)
    .filter(([s, e]) => e > 0 && s < text.length)
    .sort((a, b) => a[0] - b[0])) {
    const start = Math.max(s, at),
      end = Math.min(e, text.length);
    if (start >= end) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** A window of the original text around the first match, with every match in it marked. */
function excerpt(record: SearchRecord, textOffset: number, spans: Span[], width: number): Segment[] {
  const inText = spans.filter(([s]) => s >= textOffset).sort((a, b) => a[0] - b[0]);
  const first = inText.length ? inText[0]![0] - textOffset : 0;
  let start = Math.max(0, first - Math.floor(width / 4));
  let end = Math.min(record.text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  // In English, do not cut a word in half.
  while (start > 0 && /\w/.test(record.text[start - 1]!) && first - start < width / 2) start--;
  while (end < record.text.length && /\w/.test(record.text[end]!)) end++;
  const cut = segments(record.text.slice(start, end), textOffset + start, inText);
  if (start > 0) cut.unshift({ text: '…', mark: false });
  if (end < record.text.length) cut.push({ text: '…', mark: false });
  return cut;
}

export function search(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchResult[] {
  const terms = parseQuery(query);
  if (!terms.length) return [];
  const results: (SearchResult & { order: number })[] = [];
  for (const entry of index.records) {
    const { record } = entry;
    if (filters.part !== undefined && record.part !== filters.part) continue;
    if (filters.kinds?.length && !filters.kinds.includes(record.kind)) continue;
    const found = terms.map((term) => find(entry, term));
    if (found.some((spans) => !spans.length)) continue;
    const spans = found.flat();
    // A match in the heading says more about what the item is about than one in its text.
    const score = spans.reduce((sum, [s]) => sum + (s < entry.headingEnd ? 3 : 1), 0);
    const width = hasCjk(record.text) ? 80 : 200;
    results.push({
      record,
      score,
      order: entry.order,
      heading: segments(record.heading, 0, spans),
      excerpt: excerpt(record, entry.headingEnd + 1, spans, width),
    });
  }
  // The policy's own text first, then region notes, then the glossary; within each, by score.
  const rank = (r: SearchResult) => KIND_RANK[r.record.kind];
  return results
    .sort((a, b) => rank(a) - rank(b) || b.score - a.score || a.order - b.order)
    .map(({ order: _o, ...r }) => r);
}
