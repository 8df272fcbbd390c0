/**
 * pagefind, the measured baseline, never part of the site: its indexes are built only into the bench's
 * temporary copies of a build. Two of them:
 *   pagefind-default/  pagefind's defaults over the part pages (one sub-result per item heading) and the region
 *                      pages (one per local measure's heading), where this site's search finds the same things;
 *   pagefind/          the site's own search records, one index per language; Chinese given as overlapping
 *                      bigrams separated by spaces, so that pagefind's segmenter has nothing left to cut
 *                      differently at index and query time; English as written, for pagefind's stemmer.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { cjkRuns, hasCjk } from '../src/lib/search/cjk.ts';
import { locales as LOCALES, spec, type Locale } from '../src/i18n/locales.ts';
import type { SearchRecord } from '../src/lib/search/records.ts';
import { builtRecords, localId } from './search-expect.ts';

/**
 * Overlapping bigrams of each CJK run, for the pagefind variant that indexes them (the site's engine does not); a run
 * of one character is its own token. 复工复产 → 复工 工复 复产.
 */
export function bigrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of cjkRuns(text)) {
    const chars = [...run];
    if (chars.length === 1) grams.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

/** What pagefind indexes for a record: bigrams for a language written without spaces, the words themselves otherwise. */
export function pagefindContent(record: SearchRecord, locale: Locale): string {
  const text = `${record.heading}\n${record.text}`;
  return spec(locale).unspaced ? bigrams(text).join(' ') : text;
}

/** A query as the bigram index needs it: Chinese pieces cut into bigrams, other words as typed. */
export function pagefindQuery(query: string): string {
  return query
    .split(/\s+/)
    .flatMap((piece) => (hasCjk(piece) ? bigrams(piece) : [piece]))
    .join(' ');
}

async function withIndex<T>(
  options: pagefind.PagefindServiceConfig,
  fill: (index: pagefind.PagefindIndex) => Promise<T>,
  out: string,
): Promise<T> {
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const result = await fill(index);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return result;
  } finally {
    await pagefind.close();
  }
}

/** pagefind's defaults over the built part and region pages, into `site`/pagefind-default; the number of pages indexed. */
export function buildPagefindPagesIndex(site: string): Promise<number> {
  // The search dialog is this site's own interface, not the policy: pagefind should not index it.
  return withIndex(
    { excludeSelectors: ['#search-dialog', '.search-open'] },
    async (index) => {
      const added = await index.addDirectory({ path: site, glob: '{zh,en}/{p*,regions/*}/index.html' });
      if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
      return added.page_count;
    },
    join(site, 'pagefind-default'),
  );
}

/** pagefind over the site's search records, into `site`/pagefind; the number of records per language. */
export function buildPagefindRecordsIndex(site: string): Promise<string> {
  return withIndex(
    {},
    async (index) => {
      const counts: string[] = [];
      for (const locale of LOCALES) {
        const records = builtRecords(locale, site);
        for (const record of records) {
          const added = await index.addCustomRecord({
            url: record.path.slice(1),
            content: pagefindContent(record, locale),
            language: locale,
            meta: { title: `${record.label}${record.heading}`, id: localId(record) },
            filters: { kind: [record.kind], ...(record.part ? { part: [String(record.part)] } : {}) },
          });
          if (added.errors.length) throw new Error(`pagefind: ${record.path}: ${added.errors.join('; ')}`);
        }
        counts.push(`${locale}: ${records.length} records`);
      }
      return counts.join(', ');
    },
    join(site, 'pagefind'),
  );
}
