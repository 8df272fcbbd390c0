/**
 * The records each query of tests/fixtures/search-queries.json should return, computed from the
 * records' own text and never listed by hand: Chinese by substring (every space-separated piece),
 * English by whole words in the forms the reader means (resume → resume, resumption…), or as phrases.
 */
import { readFileSync } from 'node:fs';
import { fold } from '../src/lib/search/cjk.ts';
import { readRecordsScript, type SearchRecord } from '../src/lib/search/records.ts';

export interface SearchQuery {
  locale: 'zh' | 'en';
  q: string;
  type: 'word' | 'phrase' | 'and' | 'char' | 'absent';
  forms?: string[][];
}

export function searchQueries(): SearchQuery[] {
  return (JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { queries: SearchQuery[] }).queries;
}

export function builtRecords(locale: string, dir = 'dist'): SearchRecord[] {
  return readRecordsScript(locale, readFileSync(`${dir}/${locale}/search/records.js`, 'utf8'));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (form: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${form.split(/\s+/).map(escape).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');

/** Does this record hold what the query asks for? */
export function holds(record: SearchRecord, query: SearchQuery): boolean {
  const text = fold(`${record.heading}\n${record.text}`);
  if (query.locale === 'zh')
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
  return records.filter((r) => holds(r, query)).map((r) => r.id);
}

/** The record id a result link points at: an item's anchor or a part's page; a region page; a glossary entry. */
export function resultId(href: string): string {
  const url = new URL(href);
  const segment = url.pathname.split('/').at(-2)!;
  if (url.pathname.includes('/regions/')) return `region-${segment}`;
  if (url.pathname.includes('/glossary/')) return `term-${url.hash.slice(1)}`;
  return url.hash.slice(1) || segment;
}
