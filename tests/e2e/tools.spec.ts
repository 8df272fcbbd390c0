import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LOCALES, PHONE } from '../support/site.ts';
import { builtPages } from '../../tools/built-pages.ts';

const PARTS = ['p1', 'p3', 'p4'];
const data = JSON.parse(readFileSync('dist/data/policy.json', 'utf8'));
type Item = {
  id: string;
  part: number;
  source: string;
  label: Record<string, string>;
  heading: Record<string, string>;
  body: Record<string, string | null>;
};
const items: Item[] = data.items;
const LANG = { zh: 'zh-CN', en: 'en' } as const;
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, '');

test('every part has a bilingual page in both languages', () => {
  const pages = builtPages();
  for (const locale of LOCALES) for (const part of PARTS) expect(pages).toContain(`/${locale}/${part}/bilingual/`);
});

for (const locale of LOCALES) {
  test(`${locale}: each item stands beside its twin, each half in its own language, under the part page's ids`, async ({
    page,
  }) => {
    for (const part of PARTS) {
      await page.goto(`/${locale}/${part}/`);
      const ids = await page.locator('.passage.item > .passage-heading').evaluateAll((hs) => hs.map((h) => h.id));
      await page.goto(`/${locale}/${part}/bilingual/`);
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[locale]);
      expect(await page.locator('section.pair').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(ids);
      for (const item of items.filter((i) => `p${i.part}` === part)) {
        for (const half of ['zh', 'en'] as const) {
          const box = page.locator(`[id="${item.id}"] > .half[lang="${LANG[half]}"]`);
          await expect(box.locator('h2')).toContainText(item.heading[half]!);
          if (item.body[half])
            expect(squash(await box.locator('.passage-text').textContent())).toBe(squash(item.body[half]));
          else await expect(box.locator('h2 .gap-label')).toHaveCount(1);
        }
      }
    }
  });

  test(`${locale}: a part page links its bilingual page, and each item its own place in it`, async ({ page }) => {
    await page.goto(`/${locale}/p4/`);
    await expect(page.locator('.bilingual-link a')).toHaveAttribute('href', 'bilingual/index.html');
    await page.locator('section:has(> #p4-3) .item-tools > a:not(.item-twin)').click();
    await expect(page).toHaveURL(/\/p4\/bilingual\/index\.html#p4-3$/);
    await expect(page.locator('section.pair#p4-3')).toBeInViewport();
    // and back to one language, at the same item
    await page.locator('section.pair#p4-3 .item-tools > a:not(.item-twin)').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/p4/index\\.html#p4-3$`));
  });
}

const topOf = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.y;

test('side by side on wide screens and on paper, Chinese above English on narrow screens', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/p4/bilingual/');
  const zh = '#p4-3 > .half[lang="zh-CN"] h2',
    en = '#p4-3 > .half[lang="en"] h2';
  expect(await topOf(page, zh)).toBe(await topOf(page, en));
  // the texts start on one line too (subgrid), although the headings differ in length
  expect(await topOf(page, '#p4-1 > .half[lang="zh-CN"] .passage-text')).toBe(
    await topOf(page, '#p4-1 > .half[lang="en"] .passage-text'),
  );
  // each text fills its own column, on every item that has one (revised or not): never squeezed into a sub-column
  for (const half of await page.locator('.pair > .half:has(.passage-text)').all()) {
    const column = (await half.boundingBox())!.width;
    const text = (await half.locator('.passage-text').boundingBox())!.width;
    expect(text, await half.locator('h2').innerText()).toBeGreaterThan(column - 2);
  }
  await page.setViewportSize(PHONE);
  expect(await topOf(page, zh)).toBeLessThan(await topOf(page, en));
  const rowEnd = async (id: string) => {
    const b = (await page.locator(`#${id}`).boundingBox())!;
    return b.y + b.height;
  };
  expect(await rowEnd('p4-3')).toBeLessThanOrEqual(await topOf(page, '#p4-4'));
  await page.setViewportSize({ width: 700, height: 900 });
  await page.emulateMedia({ media: 'print' });
  expect(await topOf(page, zh)).toBe(await topOf(page, en));
  await expect(page.locator('.item-tools').first()).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the copy buttons do not show, the heading still links the item, the bilingual page reads', async ({ page }) => {
    await page.goto('/zh/p3/');
    await expect(page.locator('section:has(> #p3-4) item-tools button')).toHaveCount(2);
    await expect(page.locator('section:has(> #p3-4) item-tools button').first()).toBeHidden();
    await expect(page.locator('#p3-4 a.self-link')).toHaveAttribute('href', '#p3-4');
    await page.goto('/zh/p3/bilingual/#p3-4');
    await expect(page.locator('#p3-4 .half[lang="en"]')).toContainText('liaison officers');
    await expect(page.locator('#p3-4 .half[lang="zh-CN"]')).toContainText('联络员');
  });
});

test.describe('copy link and cite', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('zh: by mouse and by keyboard, confirmed in words', async ({ page }) => {
    await page.goto('/zh/p4/');
    const tools = page.locator('section:has(> #p4-3) item-tools');
    await tools.getByRole('button', { name: '复制链接' }).click();
    expect(await clipboard(page)).toBe(new URL('#p4-3', page.url()).href);
    await expect(tools.getByRole('status')).toHaveText('已复制本条链接。');
    await tools.getByRole('button', { name: '引用' }).focus();
    await page.keyboard.press('Enter');
    await expect(tools.getByRole('status')).toHaveText('已复制引文。');
    expect(await clipboard(page)).toBe('《关于实行分类指导精准施策统筹做好疫情防控与经济社会发展工作的意见》四（三）');
  });

  test('en: the citation reads in English, and the link names where the page was read (a mirror cites itself)', async ({
    page,
    baseURL,
  }) => {
    const mirror = baseURL!.replace('127.0.0.1', 'localhost');
    await page.goto(`${mirror}/en/p3/bilingual/index.html`);
    const tools = page.locator('#p3-4 item-tools');
    await tools.getByRole('button', { name: 'Copy link' }).press('Enter');
    await expect(tools.getByRole('status')).toHaveText('Link to this item copied.');
    expect(await clipboard(page)).toBe(`${mirror}/en/p3/bilingual/index.html#p3-4`);
    await tools.getByRole('button', { name: 'Cite' }).click();
    expect(await clipboard(page)).toBe(
      'Opinions on Providing Category-Based Guidance and Taking Targeted Measures to Coordinate Epidemic Prevention and Control with Economic and Social Development, Part III, Item (4)',
    );
    // the buttons say which item they act on
    await expect(tools.getByRole('button', { name: 'Cite' })).toHaveAccessibleDescription(
      /^\(4\)\s?Support enterprises/,
    );
  });
});

test('when the clipboard refuses, the status line gives the text to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto('/en/p4/');
  const tools = page.locator('section:has(> #p4-4) item-tools');
  await tools.getByRole('button', { name: 'Cite' }).click();
  await expect(tools.getByRole('status')).toHaveText(
    /^Could not copy automatically; copy this by hand: Opinions on .*, Part IV, Item \(4\)$/,
  );
});

test('JavaScript before interaction stays within 4 KiB gzipped on every page', async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    const scripts = await page.locator('script[src]').evaluateAll((ss) => ss.map((s) => (s as HTMLScriptElement).src));
    const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(`dist${new URL(src).pathname}`)).length, 0);
    expect(bytes, `${path}: ${scripts.join(', ')}`).toBeLessThanOrEqual(4096);
  }
});
