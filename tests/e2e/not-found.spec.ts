/**
 * The 404 page, which a host serves at whatever address was missing: it looks like the site at any depth, served
 * under the strict policy or opened from disk. With script, at any depth of a copy under a deep prefix, it finds the
 * copy's root and links each language's contents and search page, and its search boxes search the copy. Without
 * script, at the root its links to the contents work; deeper, "up one level" leads, step by step, to a real page of
 * the copy, never out of it.
 */
import { test, expect, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtPages } from '../../tools/built-pages.ts';
import { axeViolations } from '../support/gates.ts';
import { mirrorServer, watchCopy } from '../support/mirror.ts';

const PREFIX = `/mirror/${Math.random().toString(36).slice(2, 8)}/nmg/`;
let root = '';
let close = () => {};
test.beforeAll(async () => {
  ({ root, close } = await mirrorServer(PREFIX));
});
test.afterAll(() => close());

/** The site's look as a reader sees it: its background, its English face, its first action drawn as a filled button in
 * the accent colour (light scheme). */
async function expectSiteStyle(page: Page) {
  const look = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      background: style('body').backgroundColor,
      english: style('section[lang="en"]').fontFamily,
      link: style('section[lang="en"] a').backgroundColor,
    };
  });
  expect(look.background).toBe('rgb(253, 252, 249)'); // --bg, not the browser's white
  expect(look.english).toMatch(/^system-ui/); // --sans-en, not Times
  expect(look.link).toBe('rgb(155, 28, 28)'); // --accent, not a bare link
}

/** Only the page's links to its script, one folder above another, may ask the host for a file outside the copy. */
const PROBE = /\/find-contents\.js$/;

for (const missing of [
  'no-such-page',
  'zh/gone',
  'zh/p9/',
  'en/p3/gone.html',
  'zh/regions/hohhot/gone',
  'en/regions/nowhere/x/',
  'a/b/c/d/e/f/g/missing',
])
  test(`at ${missing}, it finds the copy's root: each language's contents, and search that searches the copy`, async ({
    page,
  }) => {
    const { outside, refused } = watchCopy(page, root, PROBE);
    expect((await page.goto(root + missing))?.status()).toBe(404);
    await expectSiteStyle(page);
    const home = page.locator('[data-root-found] a');
    await expect(home).toHaveCount(2);
    for (const link of await home.all()) await expect(link).toBeVisible();
    expect(await home.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual([
      `${root}zh/index.html`,
      `${root}en/index.html`,
    ]);
    // The guesses made without script are gone: no "up one level" beside the contents.
    await expect(page.locator('.below-root')).toHaveCount(0);
    expect(refused).toEqual([]);
    expect(await axeViolations(page)).toEqual([]); // axe's own styles are refused, and say so in the console
    refused.length = 0;
    await page.locator('section[lang="zh-CN"] input[name=q]').fill('复工复产');
    await page.locator('section[lang="zh-CN"] input[name=q]').press('Enter');
    await expect(page).toHaveURL(`${root}zh/search/index.html?q=${encodeURIComponent('复工复产')}`);
    await expect(page.locator('#search-results a.search-hit').first()).toBeVisible();
    expect(refused).toEqual([]);
    expect(outside).toEqual([]);
  });

test('deeper than its script is linked from (a/b/c/d/e/f/g/h/missing), it offers "up one level", as without script', async ({
  page,
}) => {
  expect((await page.goto(root + 'a/b/c/d/e/f/g/h/missing'))?.status()).toBe(404);
  await expectSiteStyle(page);
  await expect(page.locator('[data-root-found]').first()).toBeHidden();
  await expect(page.locator('section[lang="en"] .below-root a')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('at the root of the copy, it links to the contents in both languages, and offers search', async ({ page }) => {
    const response = await page.goto(root + 'no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-root-found] input[name=q]')).toHaveCount(2);
    const home = page.locator('[data-root-found] a.entry-link');
    await expect(home).toHaveCount(2);
    for (const link of await home.all()) await expect(link).toBeVisible();
    await expect(page.locator('.below-root a').first()).toBeHidden();
    expect(await home.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual([
      `${root}zh/index.html`,
      `${root}en/index.html`,
    ]);
    await expectSiteStyle(page);
    await home.last().click();
    await expect(page).toHaveURL(`${root}en/index.html`);
    await expect(page.locator('h1')).toContainText('Opinions');
  });

  for (const missing of ['zh/gone', 'zh/p9/', 'en/p3/gone.html', 'a/b/c/d/missing']) {
    test(`deeper (${missing}), it is styled and "up one level" leads to a page of the copy`, async ({ page }) => {
      const { outside, refused } = watchCopy(page, root, PROBE);
      expect((await page.goto(root + missing))?.status()).toBe(404);
      // Styled as the site, under the strict policy: the message in both languages, a link that works, none that does not.
      await expectSiteStyle(page);
      expect(refused).toEqual([]);
      await expect(page.locator('h1')).toContainText('找不到此页');
      await expect(page.locator('h1')).toContainText('Page not found');
      await expect(page.locator('section[lang="zh-CN"] .below-root')).toContainText('上一级');
      await expect(page.locator('section[lang="en"] .below-root')).toContainText('Go up one level');
      await expect(page.locator('section[lang="en"] .below-root')).toContainText('If this page appears again');
      await expect(page.locator('[data-root-found]').first()).toBeHidden();
      // Up, one level at a time, until a real page answers.
      for (let step = 0; step < 8 && (await page.locator('body.not-found').count()); step++) {
        await page.locator('section[lang="en"] .below-root a').click();
        await page.waitForLoadState();
      }
      await expect(page.locator('body.not-found')).toHaveCount(0);
      const reached =
        '/' +
        page
          .url()
          .slice(root.length)
          .replace(/index\.html$/, '');
      expect(page.url().startsWith(root), page.url()).toBe(true);
      expect(builtPages()).toContain(reached);
      expect(outside).toEqual([]);
    });
  }
});

test('from disk it is styled too: at the root it links to the contents, deeper it offers "up one level"', async ({
  page,
}) => {
  await page.goto(pathToFileURL(resolve('dist/404.html')).href);
  await expectSiteStyle(page);
  await expect(page.locator('[data-root-found] a').first()).toBeVisible();
  expect(
    await page
      .locator('[data-root-found] a')
      .first()
      .evaluate((a) => (a as HTMLAnchorElement).href),
  ).toBe(pathToFileURL(resolve('dist/zh/index.html')).href);
  const deep = mkdtempSync(join(tmpdir(), 'not-found-'));
  try {
    mkdirSync(join(deep, 'a/b'), { recursive: true });
    copyFileSync('dist/404.html', join(deep, 'a/b/404.html'));
    await page.goto(pathToFileURL(join(deep, 'a/b/404.html')).href);
    await expectSiteStyle(page);
    await expect(page.locator('.below-root a').first()).toBeVisible();
    await expect(page.locator('[data-root-found]').first()).toBeHidden();
  } finally {
    rmSync(deep, { recursive: true, force: true });
  }
});
