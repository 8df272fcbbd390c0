/**
 * Text enlarged to 200 % (WCAG 1.4.4, as a reader's text-size setting does: the root font size doubled, while the
 * layout's breakpoints stay where they were) scrolls no page sideways, at 320, 390, 820 and 1280 px, in both
 * languages; and an item's tools, once opened, wrap onto lines with room between them. One browser page per page
 * kind, resized through the widths.
 */
import { test, expect, type Page } from '@playwright/test';
import { LOCALES, PAGE_KINDS as KINDS } from '../support/site.ts';

const WIDTHS = [320, 390, 820, 1280];

/** The elements that reach past the window's right edge, named, for the message. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.checkVisibility())
      .slice(0, 5)
      .map((el) => `${el.localName}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`);
  });

/** The entry page, which speaks both languages, and each language's page of every kind. */
const PAGES = ['/', ...LOCALES.flatMap((locale) => KINDS.map((kind) => `/${locale}/${kind}`))];

for (const path of PAGES)
  test(`${path}: at 200 % text no width scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    await page.goto(path);
    // CSSOM, which the pages' policy allows (it forbids style attributes in markup, not style set by script).
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll, `${width}px: ${(await overflowing(page)).join('; ')}`).toBeLessThanOrEqual(width);
    }
  });

for (const locale of LOCALES)
  test(`${locale}: at 200 % text on a phone an item's tools wrap, with room between their lines`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/${locale}/p4/`);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const tools = page.locator('section:has(> #p4-3) details.item-tools');
    await tools.locator('summary').click();
    const boxes = await tools
      .locator('li')
      .evaluateAll((items) =>
        items.map((li) => li.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, right: r.right })),
      );
    const lines = [...new Set(boxes.map((b) => Math.round(b.top)))].sort((a, b) => a - b);
    expect(lines.length, 'the tools take more than one line').toBeGreaterThan(1);
    for (let i = 1; i < lines.length; i++) {
      const above = Math.max(...boxes.filter((b) => Math.round(b.top) === lines[i - 1]).map((b) => b.bottom));
      expect(lines[i]! - above, 'room between two lines of tools').toBeGreaterThanOrEqual(4);
    }
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(320);
  });

for (const locale of LOCALES)
  test(`${locale}: at 200 % text on a phone the header's and the bar's buttons keep each word of their label whole`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`/${locale}/p3/`);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const buttons = page.locator(
      ':is(.site-header, .contents-bar) :is(.search-open, .lang-switch, .site-menu summary, .contents-bar-open)',
    );
    const broken = await buttons.evaluateAll((elements) =>
      elements
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .flatMap((el) => {
          // Each text node's lines: a label of one word (Contents, 中文, 搜索) on more than one line is a word broken.
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const out: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const word = node.textContent!.trim();
            if (!word || /\s/.test(word)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) out.push(word);
          }
          return out;
        }),
    );
    expect(broken).toEqual([]);
  });
