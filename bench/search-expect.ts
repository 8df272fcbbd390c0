/**
 * The regression set (tests/fixtures/search-queries.json): the records each query should return as exact matches,
 * computed from the records' own text with the engine's own rule, never listed by hand: Chinese by substring (every
 * space-separated piece: the rule for a language written without spaces), English by whole words in the forms the reader means (resume → resume, resumption…), or as
 * phrases. It checks that exact matching stays exact; the hand-judged natural set (search-natural.ts) measures quality.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../src/lib/search/cjk.ts';
import { unqualified } from '../src/lib/document/ids.ts';
import { spec, type Locale } from '../src/i18n/locales.ts';
import { readRecordsScript, recordIdOf, type SearchKind, type SearchRecord } from '../src/lib/search/records.ts';

export interface SearchQuery {
  locale: Locale;
  q: string;
  type: 'word' | 'phrase' | 'and' | 'char' | 'absent';
  forms?: string[][];
}

export function searchQueries(): SearchQuery[] {
  return (
    JSON.parse(readFileSync(join(import.meta.dirname, '../tests/fixtures/search-queries.json'), 'utf8')) as {
      queries: SearchQuery[];
    }
  ).queries;
}

/** The built files of one language's search: records.js, more.js, cross.js. */
export function builtFile(locale: string, file: 'records' | 'more' | 'cross', dir = 'dist') {
  return readRecordsScript(readFileSync(`${dir}/${locale}/search/${file}.js`, 'utf8'));
}

/** Every record a page in `locale` searches in its own language (records.js and more.js). */
export function builtRecords(locale: string, dir = 'dist'): SearchRecord[] {
  return [...builtFile(locale, 'records', dir).records, ...builtFile(locale, 'more', dir).records];
}

/** A record's id as its result link names it: a passage's own id (p3-4), region-…, term-…, measure-…. */
export const localId = (record: SearchRecord): string => unqualified(record.id);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (form: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${form.split(/\s+/).map(escape).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');

/** Does this record hold what the query asks for? */
export function holds(record: SearchRecord, query: SearchQuery): boolean {
  const text = fold(`${record.heading}\n${record.text}\n${record.label}`);
  if (spec(query.locale).unspaced)
    return query.q
      .split(/\s+/)
      .filter(Boolean)
      .every((piece) => text.includes(fold(piece)));
  const groups =
    query.forms ?? (query.q.startsWith('"') ? [[query.q.replace(/"/g, '')]] : query.q.split(/\s+/).map((w) => [w]));
  return groups.every((forms) => forms.some((form) => wholeWord(form).test(text)));
}

/** The ids of the records that hold the query, in index order. */
export function expectedIds(records: SearchRecord[], query: SearchQuery): string[] {
  return records.filter((r) => holds(r, query)).map(localId);
}

/** The record id a result link points at, by the records' own rule (recordIdOf): p3-4, region-…, term-…, measure-…. */
export function resultId(href: string): string {
  const url = new URL(href);
  const page = url.pathname.replace(/index\.html$/, '');
  const kind: SearchKind = page.includes('/regions/')
    ? url.hash
      ? 'measure'
      : 'region'
    : page.includes('/glossary/')
      ? 'glossary'
      : 'policy';
  return unqualified(recordIdOf(kind, page + url.hash, ''));
}
