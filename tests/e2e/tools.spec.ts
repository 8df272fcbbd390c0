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
  body: Record<string, string> | null;
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
          const heading = page.locator(`[id="${item.id}"] .pair-heading[lang="${LANG[half]}"]`);
          await expect(heading).toContainText(item.heading[half]!);
          // The text, sentence by sentence, each beside its twin: read in order, it is the item's text.
          const sentences = page.locator(`[id="${item.id}"] .srow > .s-half[lang="${LANG[half]}"]`);
          const read = () =>
            sentences.evaluateAll((els) =>
              els.map((el) => {
                const clone = el.cloneNode(true) as HTMLElement;
                clone.querySelectorAll('.note-mark').forEach((m) => m.remove()); // a translator's note's mark
                return clone.textContent;
              }),
            );
          if (item.body?.[half]) expect(squash((await read()).join(''))).toBe(squash(item.body[half]!));
          else await expect(heading.locator('.gap-label')).toHaveCount(1);
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

test('side by side on wide screens and on paper, each sentence beside its twin; the Chinese above on narrow screens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/p4/bilingual/');
  const zh = '#p4-3 .pair-heading[lang="zh-CN"]',
    en = '#p4-3 .pair-heading[lang="en"]';
  expect(await topOf(page, zh)).toBe(await topOf(page, en));
  // Each sentence starts on the line of its twin, and each half fills its own column.
  for (const row of await page.locator('.srow').all()) {
    const [a, b] = await row.locator('.s-half').all();
    expect((await a!.boundingBox())!.y).toBe((await b!.boundingBox())!.y);
    expect((await a!.boundingBox())!.width).toBeGreaterThan(300);
  }
  // The headings stand over their columns.
  expect(
    Math.abs(
      (await page.locator(en).boundingBox())!.x - (await page.locator('#p4-3-1 .s-half[lang="en"]').boundingBox())!.x,
    ),
  ).toBeLessThan(2);
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
  test('the copy buttons do not show, the heading still links the item, the bilingual page reads', async ({ page }) => {
    await page.goto('/zh/p3/');
    await expect(page.locator('section:has(> #p3-4) item-tools button')).toHaveCount(2);
    await expect(page.locator('section:has(> #p3-4) item-tools button').first()).toBeHidden();
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

  test('zh: by mouse and by keyboard, confirmed in words', async ({ page }) => {
    await page.goto('/zh/p4/');
    const tools = page.locator('section:has(> #p4-3) item-tools');
    await tools.getByRole('button', { name: '复制链接' }).click();
    expect(await clipboard(page)).toBe(new URL('#p4-3', page.url()).href);
    await expect(tools.getByRole('status')).toHaveText('已复制本条链接。');
    await tools.getByRole('button', { name: '引用' }).focus();
    await page.keyboard.press('Enter');
    await expect(tools.getByRole('status')).toHaveText('已复制引文。');
    // Issuer, title, the item, and the address the page was read at (served over http).
    expect(await clipboard(page)).toBe(
      `内蒙古自治区应对新冠肺炎疫情工作领导小组《关于实行分类指导精准施策统筹做好疫情防控与经济社会发展工作的意见》四（三） ${new URL('#p4-3', page.url()).href}`,
    );
    // A sentence the reader has selected in, or arrived at, is cited as such.
    await page.goto('/zh/p4/#p4-3-2');
    await tools.getByRole('button', { name: '引用' }).click();
    expect(await clipboard(page)).toMatch(/意见》四（三）第二句 http:\/\/.*\/zh\/p4\/(index\.html)?#p4-3-2$/);
    await page.locator('#p4-3-3').evaluate((s) => getSelection()!.selectAllChildren(s));
    await tools.getByRole('button', { name: '复制链接' }).click();
    expect(await clipboard(page)).toMatch(/#p4-3-3$/);
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
    expect(await clipboard(page)).toMatch(
      new RegExp(
        '^Inner Mongolia Autonomous Region Leading Group for the COVID-19 Response, Opinions on Providing Category-Based Guidance and Taking Targeted Measures to Coordinate Epidemic Prevention and Control with Economic and Social Development, Part III, Item \\(4\\) \\(unofficial English translation by this site, last revised [A-Z][a-z]+ \\d{1,2}, \\d{4}\\) ' +
          RegExp.escape(`${mirror}/en/p3/bilingual/index.html#p3-4`) +
          '$',
      ),
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
    /^Could not copy automatically; copy this by hand: Inner Mongolia .*, Opinions on .*, Part IV, Item \(4\) \(unofficial English translation by this site, last revised .*\) http:\/\/.*#p4-4$/,
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
