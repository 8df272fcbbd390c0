/**
 * npm run bench:search — this site's search against pagefind's defaults, in Chromium, on the same pages.
 * Runs the query set of tests/fixtures/search-queries.json; what each query should find is computed from
 * the records' text (tests/support/search-expect.ts), never listed. pagefind's default index is built
 * into a temporary copy of dist/ over the part pages, where the items are (one heading per item).
 * Prints, per engine and language: top-1 accuracy, recall, precision, the share of absent terms that
 * return nothing, median and 95th-percentile time from query to rendered results, bytes for the first query.
 * The preamble lives on the contents page, which pagefind's comparison index does not cover, so it is
 * left out of both engines' results and expectations here (the e2e tests check it for this search).
 * A third row asks pagefind over the bigram records the build ships (pagefind/), without confirmation.
 */
import { chromium, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { serve } from './serve.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/support/chromium.ts';
import { builtRecords, expectedIds, searchQueries, type SearchQuery } from '../tests/support/search-expect.ts';
import { runPagefind, runPagefindBigrams, runOurs } from './bench-engines.ts';

if (!existsSync('dist/zh/search/records.json')) throw new Error('dist/ has no search index: run `npm run build` first.');
const site = mkdtempSync(join(tmpdir(), 'bench-search-'));
cpSync('dist', site, { recursive: true });
// The search dialog is this site's own interface, not the policy: pagefind should not index it.
const { index } = await pagefind.createIndex({ excludeSelectors: ['#search-dialog', '.search-open'] });
const added = await index!.addDirectory({ path: site, glob: '{zh,en}/p*/index.html' });
await index!.writeFiles({ outputPath: join(site, 'pagefind-default') });
await pagefind.close();

const server = await serve({ dir: site, port: 0, prefix: '/', csp: false });
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

interface Row { engine: string; locale: string; n: number; top1: string; recall: string; precision: string; absent: string; median: string; p95: string; bytes: string }
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
const quantile = (xs: number[], q: number) => xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const rows: Row[] = [];
const misses: string[] = [];

const ENGINES = [['this search', runOurs], ['pagefind defaults', runPagefind], ['pagefind, bigram records', runPagefindBigrams]] as const;
for (const [engine, run] of ENGINES) {
  for (const locale of ['zh', 'en'] as const) {
    // pagefind's default index holds the part pages only, so every engine is scored on policy text.
    const records = builtRecords(locale, site).filter((r) => r.kind === 'policy');
    const policyIds = new Set(records.map((r) => r.id));
    const queries = searchQueries().filter((q) => q.locale === locale);
    const context = await browser.newContext();
    const page: Page = await context.newPage();
    const bytes = { raw: 0, gzip: 0, counting: false };
    page.on('response', async (response) => {
      if (!bytes.counting) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes.raw += body.length;
      bytes.gzip += gzipSync(body).length;
    });
    await page.goto(`${base}/${locale}/p3/`);
    await page.waitForLoadState('networkidle');
    let top1 = 0, present = 0, hit = 0, expectedTotal = 0, returned = 0, absentEmpty = 0, absent = 0;
    const times: number[] = [];
    for (const [i, q] of queries.entries()) {
      bytes.counting = i === 0;
      const { ids, ms } = await run(page, q.q);
      if (i === 0) { await page.waitForLoadState('networkidle'); bytes.counting = false; }
      const got = ids.filter((id) => id !== 'preamble' && policyIds.has(id));
      const expected = expectedIds(records, q as SearchQuery).filter((id) => id !== 'preamble');
      times.push(ms);
      if (q.type === 'absent') { absent++; if (!got.length) absentEmpty++; else misses.push(`${engine} ${q.q}: ${got.join(' ')} (absent)`); continue; }
      present++;
      // A query found only in the preamble (left out here) is right when nothing is returned.
      if (expected.length ? expected.includes(got[0]!) : !got.length) top1++;
      const right = got.filter((id) => expected.includes(id)).length;
      hit += right; expectedTotal += expected.length; returned += got.length;
      if (right !== expected.length || right !== got.length) misses.push(`${engine} ${q.q}: got ${got.join(' ') || '∅'}; expected ${expected.join(' ')}`);
    }
    rows.push({
      engine, locale, n: queries.length, top1: pct(top1, present), recall: pct(hit, expectedTotal), precision: pct(hit, returned),
      absent: pct(absentEmpty, absent), median: quantile(times, 0.5).toFixed(1), p95: quantile(times, 0.95).toFixed(1),
      bytes: `${(bytes.raw / 1024).toFixed(1)} / ${(bytes.gzip / 1024).toFixed(1)}`,
    });
    await context.close();
  }
}
await browser.close();
server.close();
rmSync(site, { recursive: true, force: true });

console.log(`\nQuery set: ${searchQueries().length} queries; pagefind's default index covered ${added.page_count} part pages.\n`);
console.log('| engine | lang | queries | top-1 | recall | precision | absent → nothing | median ms | p95 ms | first query KiB (raw / gzip) |');
console.log('| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const r of rows) console.log(`| ${r.engine} | ${r.locale} | ${r.n} | ${r.top1} | ${r.recall} | ${r.precision} | ${r.absent} | ${r.median} | ${r.p95} | ${r.bytes} |`);
if (process.argv.includes('--misses')) console.log('\n' + misses.join('\n'));
else console.log(`\n${misses.length} queries differ from the expected records (run with --misses to list them).`);
