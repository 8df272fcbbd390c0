/**
 * pagefind's index of the search records, one index per language (pagefind splits by record language).
 * Chinese content is given as overlapping bigrams separated by spaces, so that pagefind's own
 * segmenter has nothing left to cut differently at index and query time; English goes in as written,
 * for pagefind's stemmer. Filters carry kind and part.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { bigrams } from '../src/lib/cjk.ts';
import type { SearchRecord } from '../src/lib/search-record.ts';

const LOCALES = ['zh', 'en'] as const;

/** What pagefind indexes for a record: bigrams for Chinese, the words themselves otherwise. */
export function pagefindContent(record: SearchRecord, locale: string): string {
  const text = `${record.heading}\n${record.text}`;
  return locale === 'zh' ? bigrams(text).join(' ') : text;
}

export async function buildPagefindIndex(site: string, out: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const counts: string[] = [];
  try {
    for (const locale of LOCALES) {
      const file = join(site, locale, 'search', 'records.json');
      const { records } = JSON.parse(await readFile(file, 'utf8')) as { records: SearchRecord[] };
      for (const record of records) {
        const added = await index.addCustomRecord({
          url: record.path.slice(1), content: pagefindContent(record, locale), language: locale,
          meta: { title: `${record.label}${record.heading}`, id: record.id },
          filters: { kind: [record.kind], ...(record.part ? { part: [String(record.part)] } : {}) },
        });
        if (added.errors.length) throw new Error(`pagefind: ${record.path}: ${added.errors.join('; ')}`);
      }
      counts.push(`${locale}: ${records.length} records`);
    }
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return counts.join(', ');
}
