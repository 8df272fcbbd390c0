/**
 * Search answers the same queries wherever the files are: served, opened from disk (file://,
 * Chromium with default settings), and in a `wget --mirror --page-requisites` copy, served and from disk;
 * on the search page with ?q= and in the dialog, in both languages.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../../serve/serve.ts';
import { LOCALES } from '../support/site.ts';
import { builtRecords, expectedIds } from '../../bench/search-expect.ts';
import { query, searchLoaded } from '../support/search-ui.ts';
import { wgetMirror } from '../support/wget.ts';
import { mirrorServer } from '../support/mirror.ts';

test.describe.configure({ mode: 'serial' }); // one wget copy for every test of the file

const QUERY = { zh: '复工复产', en: 'resume' } as const;
const FORMS = { zh: undefined, en: [['resume', 'resumes', 'resumed', 'resuming', 'resumption']] };
/** A query found only in another word order or form, whose first related result is p3-4. */
const RELATED = { zh: '劳动力短缺', en: 'labour shortage' } as const;
/** A query in the other language's script, and the passage it finds there. */
const ACROSS = { zh: ['labor shortages', 'p3-4'], en: ['层层加码', 'p4-3'] } as const;
const expected = (locale: 'zh' | 'en', dir = 'dist') =>
  expectedIds(builtRecords(locale, dir), { locale, q: QUERY[locale], type: 'word', forms: FORMS[locale] }).sort();

/**
 * The search page with ?q= and the dialog on a part page both find exactly the records holding the query, local
 * measures included (more.js); a query in the other language's script finds that language's passages (cross.js).
 */
async function searchesAt(page: Page, root: string, locale: 'zh' | 'en', dir = 'dist'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${root}${locale}/search/index.html?q=${encodeURIComponent(QUERY[locale])}`);
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', QUERY[locale]);
  await searchLoaded(page, QUERY[locale]);
  const onPage = await page
    .locator('#search-results li[data-match=exact] a.search-hit')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(onPage.length).toBe(expected(locale, dir).length);
  expect(onPage[0]).toBe(`${root}${locale}/p3/index.html#p3-4`);
  expect(onPage).toContain(`${root}${locale}/regions/hohhot/index.html#measure-hohhot-industrial-resumption-plan`);
  await page.goto(`${root}${locale}/p4/index.html`);
  await page.keyboard.press('/');
  expect((await query(page, QUERY[locale], 'exact')).sort()).toEqual(expected(locale, dir));
  const [other, passage] = ACROSS[locale];
  expect(await query(page, other)).toContain(passage);
  expect((await query(page, RELATED[locale]))[0]).toBe('p3-4');
  await expect(page.locator('#search-dialog .search-result').first()).toHaveAttribute('data-match', 'related');
  await query(page, QUERY[locale]);
  await page.locator('#search-dialog a.search-hit').first().click();
  await expect(page).toHaveURL(`${root}${locale}/p3/index.html#p3-4`);
  expect(errors).toEqual([]);
}

let copy = '';
let out = '';
test.beforeAll(async () => {
  const mirror = await mirrorServer('/');
  out = mkdtempSync(join(tmpdir(), 'search-wget-'));
  try {
    await wgetMirror(mirror.root, out);
    copy = out;
  } finally {
    mirror.close();
  }
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

for (const locale of LOCALES) {
  test(`${locale}: served`, async ({ page, baseURL }) => {
    await searchesAt(page, `${baseURL}/`, locale);
  });

  test(`${locale}: from disk (file://)`, async ({ page }) => {
    await searchesAt(page, pathToFileURL(resolve('dist')).href + '/', locale);
  });

  test(`${locale}: a wget mirror, served`, async ({ page }) => {
    const server = await serve({ dir: copy, port: 0, prefix: '/', csp: true });
    try {
      await searchesAt(page, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, locale, copy);
    } finally {
      server.close();
    }
  });

  test(`${locale}: a wget mirror, from disk (file://)`, async ({ page }) => {
    await searchesAt(page, pathToFileURL(copy).href + '/', locale, copy);
  });
}
