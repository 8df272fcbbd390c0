/**
 * What search costs, as byte counts: no page runs search code before it is used (every page
 * stays within 4 KiB gzip of script before interaction, tests/e2e/budget.spec.ts), and the first query
 * after a page has loaded fetches the engine and one language's records, at most 5 KiB gzip together.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipBytes } from '../../bench/weight.ts';
import { LOCALES } from '../support/site.ts';
import { query } from '../support/search-ui.ts';

const FIRST_QUERY = 5 * 1024;
const QUERY = { zh: '复工复产', en: 'resume' } as const;

/**
 * Every response from now on in the order they arrive, each with its gzip size (level 9, as the budgets
 * count) once its body is read. The icon is left out: the browser asks for it on its own schedule, and it
 * is the page's (counted in the page's budget), not search's.
 */
function fetchesFrom(page: Page): { url: string; gzip: Promise<number> }[] {
  const seen: { url: string; gzip: Promise<number> }[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('/favicon.svg'))
      seen.push({ url: response.url(), gzip: response.body().then(gzipBytes, () => 0) });
  });
  return seen;
}

for (const locale of LOCALES) {
  test(`${locale}: the engine and the records together are at most 5 KiB gzip`, () => {
    const bytes =
      gzipBytes(readFileSync('dist/search/engine.js')) + gzipBytes(readFileSync(`dist/${locale}/search/records.js`));
    console.log(`${locale}: first query ${bytes} B gzip (engine + records)`);
    expect(bytes).toBeLessThanOrEqual(FIRST_QUERY);
  });

  for (const where of ['dialog', 'search page'] as const) {
    test(`${locale}: in the ${where}, search loads nothing before it is used, and the first query costs at most 5 KiB gzip`, async ({
      page,
    }) => {
      const fetched = fetchesFrom(page);
      await page.goto(where === 'dialog' ? `/${locale}/p3/` : `/${locale}/search/`, { waitUntil: 'networkidle' });
      expect(fetched.filter((f) => /\/search\/[^/]*\.js$/.test(f.url)).map((f) => f.url)).toEqual([]);
      const before = fetched.length;
      if (where === 'dialog') await page.keyboard.press('/');
      expect((await query(page, QUERY[locale]))[0]).toBe('p3-4');
      await page.waitForLoadState('networkidle');
      const first = fetched.slice(before);
      expect(first.map((f) => new URL(f.url).pathname).sort()).toEqual(
        ['/search/engine.js', `/${locale}/search/records.js`].sort(),
      );
      const bytes = (await Promise.all(first.map((f) => f.gzip))).reduce((sum, b) => sum + b, 0);
      expect(bytes).toBeLessThanOrEqual(FIRST_QUERY);
    });
  }
}
