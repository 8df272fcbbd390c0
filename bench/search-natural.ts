/**
 * The hand-judged query sets: queries typed as readers type them, with the results judged relevant by hand, and
 * negative queries on topics the text does not treat. Two of them, in the same shape:
 * - the held-out set (tests/fixtures/search-heldout.json), judged blind by someone who saw neither the engine nor the
 *   other set: the headline measure of search quality, for this site's search and pagefind alike (bench/search.ts);
 * - the tuning set (tests/fixtures/search-natural.json), written by the engineer who tuned the engine's related
 *   matching and synonyms on it: it guards what the tuning reached, and can flatter the engine.
 * Both have floors in tests/e2e/search-natural.spec.ts.
 * Only policy passages and local measures are judged: region pages and glossary entries are navigation, left out of
 * every engine's list before scoring, so that each is scored on the passages it ranks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPassageId, isRecordId } from '../src/lib/document/ids.ts';
import type { Locale } from '../src/i18n/locales.ts';

export interface NaturalQuery {
  page: Locale;
  q: string;
  relevant: string[];
  why: string;
}
export interface NegativeQuery {
  page: Locale;
  q: string;
  why: string;
}

/** The sets by name, the headline first (paths in this project, which the bench reads wherever it runs). */
export const QUERY_SETS = {
  'held-out': 'tests/fixtures/search-heldout.json',
  tuning: 'tests/fixtures/search-natural.json',
} as const;
export type QuerySetName = keyof typeof QUERY_SETS;

export function naturalSet(name: QuerySetName): { about: string; queries: NaturalQuery[]; negatives: NegativeQuery[] } {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', QUERY_SETS[name]), 'utf8'));
}

/** Whether a result id is judged: a policy passage or a local measure. */
export const judged = (id: string): boolean => isPassageId(id) || isRecordId('measure', id);

export interface NaturalScore {
  queries: number;
  /** Queries whose first judged result is relevant. */
  success1: number;
  /** Mean share of the relevant results found among the first five (of at most five relevant). */
  recall5: number;
  /** Mean reciprocal rank of the first relevant result. */
  mrr: number;
  negatives: number;
  /** Negative queries that returned any judged result. */
  falsePositives: number;
  misses: string[];
}

/** Scores what an engine returned (ids in its order) for each query and negative of one page language. */
export function scoreNatural(
  answers: { query: NaturalQuery; ids: string[] }[],
  negatives: { query: NegativeQuery; ids: string[] }[],
): NaturalScore {
  let success1 = 0,
    recall5 = 0,
    mrr = 0;
  const misses: string[] = [];
  for (const { query, ids } of answers) {
    const list = ids.filter(judged);
    const first = list.findIndex((id) => query.relevant.includes(id));
    if (first === 0) success1++;
    else misses.push(`${query.page} ${query.q}: ${list.slice(0, 3).join(' ') || '∅'} (wanted ${query.relevant[0]})`);
    if (first >= 0) mrr += 1 / (first + 1);
    recall5 += list.slice(0, 5).filter((id) => query.relevant.includes(id)).length / Math.min(5, query.relevant.length);
  }
  const falsePositives = negatives.filter(({ ids }) => ids.some(judged));
  for (const { query, ids } of falsePositives) misses.push(`${query.page} ${query.q}: ${ids.join(' ')} (negative)`);
  return {
    queries: answers.length,
    success1,
    recall5: answers.length ? recall5 / answers.length : 0,
    mrr: answers.length ? mrr / answers.length : 0,
    negatives: negatives.length,
    falsePositives: falsePositives.length,
    misses,
  };
}
