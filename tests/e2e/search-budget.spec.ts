/**
 * What search costs, as byte counts: no page runs search code before it is used (not even its form's, so every page
 * is about 1.6 KiB lighter for the readers who never search; tests/e2e/pages.spec.ts); opening search loads all that
 * the first results of a query in the page's own script need: the engine with its form, and this language's
 * records, at most 6,900 B gzip together; more records (local measures, region pages, glossary, vocabulary) follow
 * once those results are drawn, at most 6,600 B gzip; and a query in the other language's script loads one more
 * file, that language's passages, at most 3 KiB gzip, only then.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipBytes } from '../../bench/weight.ts';
import { LOCALES } from '../support/site.ts';
import { query } from '../support/search-ui.ts';

// The aim was 5 KiB while every page carried the form's code (about 1.65 KiB gzip) before anyone searched; the form
// now comes with the engine when search is opened, so the same bytes are counted here instead, once. This ceiling is
// what the engine, its form and the English records weigh in this build (6,808 B), so that none grows.
const FIRST_QUERY = 6_900;
// What more.js holds today (the local measures' summaries, twelve region pages, the glossary, the vocabulary): it
// comes after the first results are drawn, so it delays nothing a reader waits for; the guard keeps it from growing.
const MORE = 6_600;
const CROSS = 3 * 1024;
const QUERY = { zh: '复工复产', en: 'resume' } as const;
/** A query in the other language's script, and the passage it finds. */
const ACROSS = { zh: ['labor', 'p3-4'], en: ['层层加码', 'p4-3'] } as const;

/**
 * Every response from now on in the order they arrive, each with its gzip size (level 9, as the budgets
 * count) once its body is read. The icon is left out: the browser asks for it on its own schedule, and it
 * is the page's (counted in the page's budget), not search's.
 */
function fetchesFrom(page: Page): { path: string; gzip: Promise<number> }[] {
  const seen: { path: string; gzip: Promise<number> }[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('/favicon.svg'))
      seen.push({ path: new URL(response.url()).pathname, gzip: response.body().then(gzipBytes, () => 0) });
  });
  return seen;
}
const sum = async (fetched: { gzip: Promise<number> }[]) =>
  (await Promise.all(fetched.map((f) => f.gzip))).reduce((total, b) => total + b, 0);
const built = (file: string) => gzipBytes(readFileSync(`dist/${file}`));

for (const locale of LOCALES) {
  test(`${locale}: the files: engine with its form and records at most 6,900 B gzip together, more.js 6,600 B, cross.js 3 KiB`, () => {
    const first = built('search/engine.js') + built(`${locale}/search/records.js`);
    const more = built(`${locale}/search/more.js`);
    const cross = built(`${locale}/search/cross.js`);
    console.log(
      `${locale}: first query ${first} B gzip (engine with its form + records); more.js ${more} B; cross.js ${cross} B`,
    );
    expect(first).toBeLessThanOrEqual(FIRST_QUERY);
    expect(more).toBeLessThanOrEqual(MORE);
    expect(cross).toBeLessThanOrEqual(CROSS);
  });

  for (const where of ['dialog', 'search page'] as const) {
    test(`${locale}: in the ${where}, search loads nothing before it is used; the first results need only the engine with its form and the records (at most 6,900 B gzip), more records follow`, async ({
      page,
    }) => {
      const fetched = fetchesFrom(page);
      // more.js waits until the first results have been checked, as on a connection too slow to bring it sooner.
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route('**/search/more.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(where === 'dialog' ? `/${locale}/p3/` : `/${locale}/search/`, { waitUntil: 'networkidle' });
      expect(fetched.filter((f) => /\/search\/[^/]*\.js$/.test(f.path)).map((f) => f.path)).toEqual([]);
      const before = fetched.length;
      if (where === 'dialog') await page.keyboard.press('/');
      await page.locator('input[name=q]:visible').fill(QUERY[locale]);
      await expect(page.locator('#search-results a.search-hit').first()).toHaveAttribute('href', /#p3-4$/);
      const first = fetched.slice(before);
      expect(first.map((f) => f.path).sort()).toEqual(['/search/engine.js', `/${locale}/search/records.js`].sort());
      expect(await sum(first)).toBeLessThanOrEqual(FIRST_QUERY);
      release();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('#search-results [data-kind=measure]').first()).toBeVisible();
      const next = fetched.slice(before + first.length);
      expect(next.map((f) => f.path)).toEqual([`/${locale}/search/more.js`]);
      expect(await sum(next)).toBeLessThanOrEqual(MORE);
    });
  }

  test(`${locale}: only a query in the other language's script loads that language's passages, once, at most 3 KiB gzip`, async ({
    page,
  }) => {
    const fetched = fetchesFrom(page);
    await page.goto(`/${locale}/p3/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await query(page, QUERY[locale]);
    await page.waitForLoadState('networkidle');
    expect(fetched.some((f) => f.path.endsWith('/cross.js'))).toBe(false);
    const before = fetched.length;
    const [q, id] = ACROSS[locale];
    expect(await query(page, q)).toContain(id);
    await query(page, `${q} ${q}`);
    await page.waitForLoadState('networkidle');
    const across = fetched.slice(before);
    expect(across.map((f) => f.path)).toEqual([`/${locale}/search/cross.js`]);
    expect(await sum(across)).toBeLessThanOrEqual(CROSS);
  });
}
