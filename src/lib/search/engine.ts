/**
 * The search itself, pure so that it is unit-tested and runs unchanged in the browser.
 * Exact first: a record holds every term of the query as typed. Chinese by substring of its folded text (no
 * dictionary to cut text and query differently), English words by stem, quoted phrases word by word.
 * Then, when the query as typed is found in few records, related ones (related.ts): records that hold most of the
 * query in another order or form, ranked by how much, and marked `related` so that the reader is told.
 * A query in the other language's script is also asked of that language's passages (cross.js), and a passage found
 * there is shown as this language's, with the other language's match as its excerpt.
 */
import { hasCjk } from './cjk.ts';
import { excerpt, segments, type Segment } from './excerpt.ts';
import { occurrences, prepare, wordRuns, type Prepared, type Span } from './match.ts';
import { parseQuery, type Term } from './query.ts';
import { NO_VOCABULARY, SEARCH_KINDS, type SearchKind, type SearchRecord, type Vocabulary } from './records.ts';
import { MIN_SHARE, overlap } from './related.ts';

export type { Prepared, Segment };

export interface SearchIndex {
  records: Prepared[];
  vocabulary: Vocabulary;
}
export interface SearchResult {
  record: SearchRecord;
  /** Holds the query's words in another order or form, not the query as typed. */
  related: boolean;
  /** The excerpt is the other language's text (a query in its script). */
  across?: boolean;
  /** How much of the query the record holds (1 for an exact match), and how well (a match in a heading counts more). */
  share: number;
  score: number;
  heading: Segment[];
  label: Segment[];
  excerpt: Segment[];
}
export interface SearchFilters {
  part?: number;
  kinds?: SearchKind[];
}

/** Below this many exact results, related ones follow them: a screenful is five. */
export const FEW = 5;

export function prepareIndex(records: SearchRecord[], vocabulary: Vocabulary = NO_VOCABULARY): SearchIndex {
  return { records: records.map((record) => prepare(record)), vocabulary };
}

/** Where a term occurs in a record, or [] when it does not. */
function find(entry: Prepared, term: Term): Span[] {
  if (term.kind === 'cjk') return occurrences(entry, term.text);
  if (term.kind === 'word') return wordRuns(entry, [term.stem], 'stem');
  return wordRuns(entry, term.words, 'word');
}

function result(entry: Prepared, spans: Span[], share: number): SearchResult {
  const { record, textAt, labelAt } = entry;
  return {
    record,
    related: share < 1,
    share,
    // A match in the heading says more about what the item is about than one in its text.
    score: spans.reduce((sum, [s]) => sum + (s < textAt ? 3 : 1), 0),
    heading: segments(record.heading, 0, spans),
    label: segments(record.label, labelAt, spans),
    excerpt: excerpt(record.text, textAt, spans, hasCjk(record.text) ? 80 : 200),
  };
}

function ask(index: SearchIndex, terms: Term[], filters: SearchFilters) {
  const candidates = index.records.filter(
    ({ record }) =>
      (filters.part === undefined || record.part === filters.part) &&
      (!filters.kinds?.length || filters.kinds.includes(record.kind)),
  );
  const exact = candidates.flatMap((entry) => {
    const found = terms.map((term) => find(entry, term));
    return found.every((spans) => spans.length) ? [result(entry, found.flat(), 1)] : [];
  });
  if (exact.length >= FEW) return exact;
  const related = candidates.flatMap((entry) => {
    if (exact.some((r) => r.record === entry.record)) return [];
    const { share, spans } = overlap(entry, terms, index.vocabulary);
    return share >= MIN_SHARE ? [result(entry, spans, Math.min(share, 0.99))] : [];
  });
  return [...exact, ...related];
}

/**
 * The results for a query: exact ones first (a share of 1), a league's or city's page, then in the order of
 * SEARCH_KINDS the policy's text, measures and the glossary, each by score; then related ones, by how much of the query they hold. `other` is the other language's
 * index (cross.js): passages found there that this index has, and did not find itself, are added with the other
 * language's match. (Only a query mixing both scripts can find a passage in both; this index's finding is kept.)
 */
export function search(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
  other?: SearchIndex,
): SearchResult[] {
  const terms = parseQuery(query);
  if (!terms.length) return [];
  const results = ask(index, terms, filters);
  if (other) {
    const own = new Map(index.records.map((entry) => [entry.record.id, entry]));
    for (const found of ask(other, terms, filters)) {
      const entry = own.get(found.record.id);
      if (!entry || results.some((r) => r.record === entry.record)) continue;
      // This language's heading and label, unmarked (the list draws a record's own when given none).
      results.push({
        ...found,
        record: entry.record,
        across: true,
        heading: [],
        label: [],
        // A passage that has only a heading shows the heading that matched.
        excerpt: found.excerpt.some((s) => s.mark) ? found.excerpt : found.heading,
      });
    }
  }
  // A stable sort: what ties stays in the index's order. A league's or city's page comes first: its record holds only
  // its names, so only a query naming it finds it (呼和浩特, Hohhot), and that reader is looking for what concerns the
  // place, which its page gathers; then the other kinds in their order.
  const rank = ({ record }: SearchResult) => (record.kind === 'region' ? -1 : SEARCH_KINDS.indexOf(record.kind));
  return results.sort((a, b) => b.share - a.share || rank(a) - rank(b) || b.score - a.score);
}
