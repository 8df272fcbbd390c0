/**
 * Reading tools, in both languages: side-by-side pages that set each item, sentence by sentence, beside its twin;
 * one quiet control per item with text, 本条 / "This item", which opens (by mouse or keyboard, with or without
 * script) to the item side by side, in the other language, "Copy link" and "Cite"; none on items the source gives
 * as a heading only; a full citation in each language; the code of the two buttons loaded only when a reader opens
 * the tools; and the date the English was last revised on English pages only.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectedIn, LOCALES, PHONE } from '../support/site.ts';
import { counterpartOf, isSource, langOf } from '../../src/i18n/locales.ts';
import { headingIdIn, passageId } from '../../src/lib/document/ids.ts';
import { builtPages } from '../../tools/built-pages.ts';

const PARTS = ['p1', 'p3', 'p4'];
const data = JSON.parse(readFileSync('dist/data/policy.json', 'utf8'));
type Item = {
  id: string;
  part: number;
  source: string;
  label: Record<string, string>;
  heading: Record<string, string>;
  body: Record<string, string> | null;
};
const items: Item[] = data.items;
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, '');
const TITLE = {
  zh: '关于实行分类指导精准施策统筹做好疫情防控与经济社会发展工作的意见',
  en: 'Opinions on Providing Category-Based Guidance and Taking Targeted Measures to Coordinate Epidemic Prevention and Control with Economic and Social Development',
};
const ISSUER = {
  zh: '内蒙古自治区应对新冠肺炎疫情工作领导小组',
  en: 'Inner Mongolia Autonomous Region Leading Group for the COVID-19 Response',
};

/**
 * An item's tools on its page, opened; with scripts, once item-tools.js (loaded as the tools first open) has made
 * their buttons work, as it has long before a reader's hand reaches them.
 */
async function openTools(page: Page, scope: string, scripts = true) {
  const tools = page.locator(`${scope} details.item-tools`);
  await tools.locator('summary').click();
  await expect(tools).toHaveAttribute('open', '');
  if (scripts) await page.waitForFunction(() => customElements.get('item-tools') !== undefined);
  return tools;
}

test('every part has a bilingual page in both languages', () => {
  const pages = builtPages();
  for (const locale of LOCALES) for (const part of PARTS) expect(pages).toContain(`/${locale}/${part}/bilingual/`);
});

for (const locale of LOCALES) {
  test(`${locale}: each item stands beside its twin, sentence by sentence, each half in its own language, under the part page's ids`, async ({
    page,
  }) => {
    for (const part of PARTS) {
      await page.goto(`/${locale}/${part}/`);
      const ids = await page.locator('.passage.item > .passage-heading').evaluateAll((hs) => hs.map((h) => h.id));
      await page.goto(`/${locale}/${part}/bilingual/`);
      await expect(page.locator('html')).toHaveAttribute('lang', langOf(locale));
      expect(await page.locator('section.pair').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(ids);
      for (const item of items.filter((i) => passageId({ kind: 'part', part: i.part }) === part)) {
        for (const half of [locale, counterpartOf(locale)]) {
          const heading = page.locator(`[id="${headingIdIn(item.id, half)}"]`);
          await expect(heading).toHaveAttribute('lang', langOf(half));
          await expect(heading).toContainText(item.heading[half]!);
          const text = page.locator(`[id="${item.id}"] .s-half[lang="${langOf(half)}"]`);
          // The text as written: without the translator's note marks (small numbers after the words).
          const words = await text.evaluateAll((halves) =>
            halves.map((h) => {
              const copy = h.cloneNode(true) as Element;
              copy.querySelectorAll('.note-mark').forEach((mark) => mark.remove());
              return copy.textContent;
            }),
          );
          if (item.body?.[half]) expect(squash(words.join(''))).toBe(squash(item.body[half]!));
          else {
            await expect(text).toHaveCount(0);
            await expect(heading.locator('.gap-label')).toHaveCount(1);
          }
        }
      }
    }
  });

  test(`${locale}: one control per item with text, none on a heading-only item; it opens to the item side by side and back`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/p3/`);
    await expect(page.locator('details.item-tools')).toHaveCount(1);
    await expect(page.locator('section:has(> #p3-4) details.item-tools')).toHaveCount(1);
    await expect(page.locator('section:has(> #p3-1) .item-tools')).toHaveCount(0);
    await page.goto(`/${locale}/p4/`);
    await expect(page.locator('.bilingual-link a')).toHaveAttribute('href', 'bilingual/index.html');
    const tools = page.locator('section:has(> #p4-3) details.item-tools');
    await expect(tools.locator('summary')).toHaveText(expectedIn(locale, { zh: '本条', en: 'This item' }));
    await expect(tools.locator('li').first()).toBeHidden();
    await (await openTools(page, 'section:has(> #p4-3)')).locator('li > a:not(.item-twin)').click();
    await expect(page).toHaveURL(/\/p4\/bilingual\/index\.html#p4-3$/);
    await expect(page.locator('section.pair#p4-3')).toBeInViewport();
    // and back to one language, at the same item
    await (await openTools(page, 'section.pair#p4-3')).locator('li > a:not(.item-twin)').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/p4/index\\.html#p4-3$`));
  });

  test(`${locale}: by keyboard, the control opens with Enter, Escape closes it and gives the focus back`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/p4/`);
    const tools = page.locator('section:has(> #p4-1) details.item-tools');
    const summary = tools.locator('summary');
    await summary.focus();
    await expect(summary).toHaveAccessibleDescription(/^(（一）|\(1\))/);
    await page.keyboard.press('Enter');
    await expect(tools).toHaveAttribute('open', '');
    // Escape is the tools' code's, which opening them loads.
    await expect.poll(() => page.evaluate(() => !!customElements.get('item-tools'))).toBe(true);
    await page.keyboard.press('Tab');
    await expect(tools.locator('li > a').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(tools).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
  });

  test(`${locale}: the date the English was last revised shows on English pages only`, async ({ page }) => {
    for (const path of [`/${locale}/p4/`, `/${locale}/full/`, `/${locale}/p4/bilingual/`, `/${locale}/`]) {
      await page.goto(path);
      if (isSource(locale)) await expect(page.locator('.revised')).toHaveCount(0);
      else await expect(page.locator('.revised').first()).toBeAttached();
    }
    await page.goto(`/${locale}/p4/`);
    // On English pages, the part's latest revision under its heading, and each item's in its tools.
    if (!isSource(locale)) {
      await expect(page.locator('.part-meta .revised')).toBeVisible();
      await openTools(page, 'section:has(> #p4-3)');
      await expect(page.locator('section:has(> #p4-3) .item-tools .revised')).toBeVisible();
    }
  });
}

const topOf = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.y;

test('side by side on wide screens and on paper, each sentence beside its twin; the Chinese above on narrow screens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/p4/bilingual/');
  const zh = '[id="p4-3-zh"]',
    en = '[id="p4-3-en"]';
  expect(await topOf(page, zh)).toBe(await topOf(page, en));
  // Each sentence starts on the line of its twin, and each half fills its own column: the Chinese at least 15
  // characters a line, the English (which needs about half as much again) wider.
  for (const row of await page.locator('.srow').all()) {
    const [a, b] = await row.locator('.s-half').all();
    const [zhBox, enBox] = [(await a!.boundingBox())!, (await b!.boundingBox())!];
    expect(zhBox.y).toBe(enBox.y);
    const em = await a!.evaluate((half) => parseFloat(getComputedStyle(half).fontSize));
    expect(zhBox.width).toBeGreaterThanOrEqual(15 * em);
    expect(enBox.width).toBeGreaterThan(zhBox.width);
  }
  // The headings stand over their columns.
  expect(
    Math.abs(
      (await page.locator(en).boundingBox())!.x - (await page.locator('#p4-3-1 .s-half[lang="en"]').boundingBox())!.x,
    ),
  ).toBeLessThan(2);
  // The side-by-side page keeps the frame: within the header's width.
  const header = (await page.locator('.site-header .site-name').boundingBox())!;
  const text = (await page.locator('main').boundingBox())!;
  expect(text.x + text.width).toBeLessThanOrEqual(1280 - header.x + 1);
  await page.setViewportSize(PHONE);
  expect(await topOf(page, zh)).toBeLessThan(await topOf(page, en));
  expect(await topOf(page, '#p4-3-1 .s-half[lang="zh-CN"]')).toBeLessThan(
    await topOf(page, '#p4-3-1 .s-half[lang="en"]'),
  );
  await page.setViewportSize({ width: 700, height: 900 });
  await page.emulateMedia({ media: 'print' });
  expect(await topOf(page, zh)).toBe(await topOf(page, en));
  expect(await topOf(page, '#p4-3-1 .s-half[lang="zh-CN"]')).toBe(await topOf(page, '#p4-3-1 .s-half[lang="en"]'));
  await expect(page.locator('.item-tools').first()).toBeHidden();
});

test('a sentence marks its twin: by the mouse, by the keyboard, by its anchor, without script', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/zh/p4/bilingual/');
  const row = page.locator('#p4-3-2');
  const marked = (half: string) =>
    row.locator(`.s-half[lang="${half}"]`).evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);
  const unmarked = await marked('en');
  await row.locator('.s-half[lang="zh-CN"]').hover();
  expect(await marked('en')).not.toBe(unmarked);
  await page.mouse.move(0, 0);
  await row.locator('.s-num').focus();
  expect(await marked('en')).not.toBe(unmarked);
  await expect(row.locator('.s-num')).toHaveAccessibleName('四（三）第二句');
  await page.goto('/en/p4/bilingual/#p4-3-2');
  await page.mouse.move(0, 0);
  expect(await marked('zh-CN')).not.toBe(unmarked);
  await expect(row).toBeInViewport();
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await row.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the control still opens to the links; the copy buttons do not show; the heading still links the item', async ({
    page,
  }) => {
    await page.goto('/zh/p3/');
    const tools = await openTools(page, 'section:has(> #p3-4)', false);
    await expect(tools.locator('li > a')).toHaveCount(2);
    for (const link of await tools.locator('li > a').all()) await expect(link).toBeVisible();
    await expect(tools.locator('button')).toHaveCount(2);
    for (const button of await tools.locator('button').all()) await expect(button).toBeHidden();
    await expect(page.locator('#p3-4 a.self-link')).toHaveAttribute('href', '#p3-4');
    await page.goto('/zh/p3/bilingual/#p3-4-3');
    await expect(page.locator('#p3-4-3 .s-half[lang="en"]')).toContainText('liaison officers');
    await expect(page.locator('#p3-4-3 .s-half[lang="zh-CN"]')).toContainText('联络员');
    // :target marks both twins without script.
    expect(await page.locator('#p3-4-3').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toMatch(
      /rgba\(0, 0, 0, 0\)|transparent/,
    );
  });
});

test.describe('copy link and cite', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('zh: by mouse and by keyboard, confirmed in words; the citation names issuer, title, place and address', async ({
    page,
  }) => {
    await page.goto('/zh/p4/');
    const tools = await openTools(page, 'section:has(> #p4-3)');
    await tools.getByRole('button', { name: '复制链接' }).click();
    expect(await clipboard(page)).toBe(new URL('#p4-3', page.url()).href);
    await expect(tools.getByRole('status')).toHaveText('已复制本条链接。');
    await tools.getByRole('button', { name: '引用' }).focus();
    await page.keyboard.press('Enter');
    await expect(tools.getByRole('status')).toHaveText('已复制引文。');
    expect(await clipboard(page)).toBe(`${ISSUER.zh}《${TITLE.zh}》四（三） ${new URL('#p4-3', page.url()).href}`);
    // A sentence the reader has selected in, or arrived at, is cited as such (a fresh page: only the hash would
    // change, and the tools would stay open).
    await page.goto('about:blank');
    await page.goto('/zh/p4/#p4-3-2');
    const again = await openTools(page, 'section:has(> #p4-3)');
    await again.getByRole('button', { name: '引用' }).click();
    expect(await clipboard(page)).toMatch(/意见》四（三）第二句 http:\/\/.*\/zh\/p4\/(index\.html)?#p4-3-2$/);
    await page.locator('#p4-3-3').evaluate((s) => getSelection()!.selectAllChildren(s));
    await again.getByRole('button', { name: '复制链接' }).click();
    expect(await clipboard(page)).toMatch(/#p4-3-3$/);
  });

  test('en: the citation reads in English, says it cites an unofficial translation and when it was revised, and the link names where the page was read (a mirror cites itself)', async ({
    page,
    baseURL,
  }) => {
    const mirror = baseURL!.replace('127.0.0.1', 'localhost');
    await page.goto(`${mirror}/en/p3/bilingual/index.html`);
    const tools = await openTools(page, '#p3-4');
    await tools.getByRole('button', { name: 'Copy link' }).press('Enter');
    await expect(tools.getByRole('status')).toHaveText('Link to this item copied.');
    expect(await clipboard(page)).toBe(`${mirror}/en/p3/bilingual/index.html#p3-4`);
    await tools.getByRole('button', { name: 'Cite' }).click();
    expect(await clipboard(page)).toMatch(
      new RegExp(
        `^${ISSUER.en}, ${TITLE.en}, Part III, Item \\(4\\) \\(unofficial English translation by this site, last revised [A-Z][a-z]+ \\d{1,2}, \\d{4}\\) ${mirror}/en/p3/bilingual/index\\.html#p3-4$`,
      ),
    );
    // the buttons say which item they act on
    await expect(tools.getByRole('button', { name: 'Cite' })).toHaveAccessibleDescription(
      /^\(4\)\s?Support enterprises/,
    );
  });

  test('a sentence arrived at is cited as that sentence', async ({ page }) => {
    await page.goto('/en/p4/#p4-3-2');
    const tools = await openTools(page, 'section:has(> #p4-3)');
    await tools.getByRole('button', { name: 'Cite' }).click();
    expect(await clipboard(page)).toContain('Part IV, Item (3), second sentence');
  });
});

test('when the clipboard refuses, the status line gives the text to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto('/en/p4/');
  const tools = await openTools(page, 'section:has(> #p4-4)');
  await tools.getByRole('button', { name: 'Cite' }).click();
  await expect(tools.getByRole('status')).toHaveText(
    /^Could not copy automatically; copy this by hand: Inner Mongolia .*, Opinions on .*, Part IV, Item \(4\) \(unofficial English translation by this site, last revised .*\) http:\/\/.*#p4-4$/,
  );
});

test('the tools\u2019 code loads when a reader first opens them, not before', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/en/p4/', { waitUntil: 'networkidle' });
  expect(loaded).not.toContain('/item-tools.js');
  await openTools(page, 'section:has(> #p4-1)');
  await expect.poll(() => loaded.filter((p) => p === '/item-tools.js').length).toBe(1);
  await openTools(page, 'section:has(> #p4-2)');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((p) => p === '/item-tools.js')).toHaveLength(1);
});
