/**
 * Mirrors: dist/ works unchanged under a random deep path of a plain static server, from disk, as a wget mirror
 * (plain, and with --convert-links, which rewrites links and stylesheets), as an httrack mirror (which rewrites every
 * form's action to the address it copied from), and as a browser's "Save page" of a single page (MHTML, Chromium's
 * "Webpage, Single File"): every page is reached from the entry page, nothing is requested outside the copy, no
 * console error, the map keeps its hatching, and search sends the reader to the copy's own search page.
 */
import { test, expect, type BrowserContext } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { listFiles, verifySums } from '../../build/checksums.ts';
import { crawl, summary } from '../support/crawl.ts';
import { builtPages } from '../../tools/built-pages.ts';
import { wgetMirror } from '../support/wget.ts';
import { httrackMirror } from '../support/httrack.ts';
import { LOCALES } from '../support/site.ts';
import { mirrorServer } from '../support/mirror.ts';

/** Every page a reader can reach by links; 404.html is the host's answer to a missing address, tested below. */
const READABLE = builtPages()
  .filter((p) => p !== '/404.html')
  .sort();

test('dist/SHA256SUMS covers every file of the build and sha256sum -c accepts it', async () => {
  expect(verifySums('dist')).toEqual([]);
  const { stdout } = await promisify(execFile)('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: 'dist' });
  expect(stdout.trim().split('\n')).toHaveLength(listFiles('dist').length);
});

test('under a random deep prefix, a crawl from the entry page reaches every page, every link, anchor and asset resolves, nothing escapes', async ({
  context,
}) => {
  const mirror = await mirrorServer();
  try {
    const report = await crawl(context, mirror.root, mirror.root);
    console.log(summary(`http ${mirror.prefix}`, report));
    expect(report.faults).toEqual([]);
    expect(report.pages).toEqual(READABLE);
  } finally {
    mirror.close();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the crawl reaches every page all the same: no page is reachable only through script', async ({ context }) => {
    const mirror = await mirrorServer();
    try {
      const report = await crawl(context, mirror.root, mirror.root);
      console.log(summary(`http ${mirror.prefix}, no JavaScript`, report));
      expect(report.faults).toEqual([]);
      expect(report.pages).toEqual(READABLE);
    } finally {
      mirror.close();
    }
  });
});

for (const start of ['index.html', 'zh/index.html']) {
  test(`from disk (file://), dist/${start} opens and navigates every page without a script error`, async ({
    context,
  }) => {
    const root = pathToFileURL(resolve('dist')).href + '/';
    const report = await crawl(context, root + start, root);
    console.log(summary(`file:// from ${start}`, report));
    expect(report.faults).toEqual([]);
    // The language pages need not link back to the bilingual entry page: from zh/, every other page.
    const entryOptional = (pages: string[]) => (start === 'index.html' ? pages : pages.filter((p) => p !== '/'));
    expect(entryOptional(report.pages)).toEqual(entryOptional(READABLE));
  });
}

test('wget --mirror --page-requisites from the entry page fetches every page, byte for byte', async () => {
  const mirror = await mirrorServer();
  const out = mkdtempSync(join(tmpdir(), 'policy-wget-'));
  try {
    await wgetMirror(mirror.root, out);
    const copy = join(out, mirror.prefix);
    const pages = builtPages(copy).sort();
    const files = listFiles(copy);
    console.log(`wget ${mirror.prefix}: ${pages.length} pages, ${files.length} files mirrored`);
    expect(pages).toEqual(READABLE);
    // The About page links SHA256SUMS, so the mirror holds it and checks itself with the standard tool:
    // every file wget saved is the built file, unchanged (wget rewrites nothing without --convert-links).
    expect(existsSync(join(copy, 'SHA256SUMS')), 'the mirror has SHA256SUMS').toBe(true);
    const check = await promisify(execFile)('sha256sum', ['-c', '--ignore-missing', 'SHA256SUMS'], { cwd: copy });
    expect(check.stdout.trim().split('\n').sort()).toEqual(files.map((f) => `${f}: OK`).sort());
  } finally {
    mirror.close();
    rmSync(out, { recursive: true, force: true });
  }
});

/** The regions page of a copy: the named regions and the legend are hatched, the pattern they name is there. */
async function expectHatching(context: BrowserContext, url: string) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const fills = await page
      .locator('.region.named .outline, .legend-key .outline')
      .evaluateAll((outlines) => outlines.map((o) => getComputedStyle(o).fill));
    expect(fills.length, url).toBeGreaterThan(1);
    for (const fill of fills) expect(fill, url).toBe('url("#region-map-hatch")');
    await expect(page.locator('pattern#region-map-hatch')).toHaveCount(1);
  } finally {
    await page.close();
  }
}

/** Enter in a search box of the copy opens the copy's own search page, with the query and its results. */
async function expectSearchFromDisk(context: BrowserContext, copy: string) {
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
  try {
    await page.goto(copy + 'index.html');
    await page.locator('section[lang="en"] input[name=q]').fill('resumption');
    await page.locator('section[lang="en"] input[name=q]').press('Enter');
    await expect(page).toHaveURL(new RegExp(`^${copy}en/search/index\\.html\\?q=resumption$`));
    await expect(page.locator('#search-results a.search-hit').first()).toBeVisible();
    await page.goto(copy + 'zh/p3/index.html');
    await page.keyboard.press('/');
    await page.locator('#search-dialog input[name=q]').fill('复工复产');
    await page.locator('#search-dialog input[name=q]').press('Enter');
    await expect(page).toHaveURL(new RegExp(`^${copy}zh/search/index\\.html\\?q=`));
    await expect(page.locator('#search-results a.search-hit').first()).toBeVisible();
    expect(refused).toEqual([]);
  } finally {
    await page.close();
  }
}

test('wget --mirror --convert-links --adjust-extension: read from disk, every page works, the map keeps its hatching', async ({
  context,
}) => {
  const mirror = await mirrorServer();
  const out = mkdtempSync(join(tmpdir(), 'policy-wget-links-'));
  try {
    await wgetMirror(mirror.root, out, { convertLinks: true });
    const copy = pathToFileURL(join(out, mirror.prefix)).href;
    const report = await crawl(context, copy + 'index.html', copy);
    console.log(summary(`wget --convert-links ${mirror.prefix}`, report));
    expect(report.faults).toEqual([]);
    expect(report.pages).toEqual(READABLE);
    for (const locale of LOCALES) await expectHatching(context, `${copy}${locale}/regions/index.html`);
    await expectSearchFromDisk(context, copy);
  } finally {
    mirror.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('httrack: read from disk, every page works, and search sends the reader to the copy, not to the host it came from', async ({
  context,
}) => {
  test.setTimeout(300_000); // a whole mirror, then every page of it
  const mirror = await mirrorServer();
  const out = mkdtempSync(join(tmpdir(), 'policy-httrack-'));
  try {
    const copy = pathToFileURL(await httrackMirror(mirror.root, out)).href.replace(/\/?$/, '/');
    mirror.close(); // the copy must stand alone
    const report = await crawl(context, copy + 'index.html', copy);
    console.log(summary(`httrack ${mirror.prefix}`, report));
    expect(report.faults).toEqual([]);
    // httrack also saves the entry page a second time, as index-2.html, for its x-default link.
    expect(report.pages.filter((p) => p !== '/index-2.html')).toEqual(READABLE);
    await expectHatching(context, `${copy}en/regions/index.html`);
    await expectSearchFromDisk(context, copy);
  } finally {
    mirror.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('a browser\'s "Save page" of one page (MHTML) reads styled, with its map, and no console error', async ({
  context,
}) => {
  const mirror = await mirrorServer();
  const out = mkdtempSync(join(tmpdir(), 'policy-saved-'));
  try {
    for (const path of ['zh/p3/', 'en/regions/']) {
      const page = await context.newPage();
      await page.goto(mirror.root + path);
      const cdp = await context.newCDPSession(page);
      const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
      await page.close();
      const file = join(out, path.replace(/\//g, '-') + 'saved.mhtml');
      writeFileSync(file, data);
      const saved = await context.newPage();
      const errors: string[] = [];
      saved.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await saved.goto(pathToFileURL(file).href);
      // The site's own look, not the browser's: its background and its heading face.
      expect(await saved.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 249)');
      await expect(saved.locator('h1').first()).toBeVisible();
      expect(await saved.locator('.site-header').evaluate((h) => getComputedStyle(h).display)).toBe('flex');
      await saved.close();
      if (path.includes('regions')) await expectHatching(context, pathToFileURL(file).href);
      expect(errors, path).toEqual([]);
    }
  } finally {
    mirror.close();
    rmSync(out, { recursive: true, force: true });
  }
});
