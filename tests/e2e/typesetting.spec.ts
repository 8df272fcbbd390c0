/**
 * Type and Chinese typesetting, as a reader sees them, in both languages: part headings larger than
 * item headings, item headings larger than the text, everywhere; the site's name never cut off in the header;
 * and readers meet only reader text. (No space after full-width punctuation is checked on every page, in pages.spec.ts.)
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectedIn, LOCALES } from '../support/site.ts';
import { langOf, locales, spec, type Locale } from '../../src/i18n/locales.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The site's names for the document, read from documents.yaml independently of the site's code. */
const NAMES = Object.values(parse(readFileSync('src/content/documents.yaml', 'utf8')) as object)[0] as Record<
  'short' | 'tiny',
  Record<string, string>
>;

const size = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/** Part heading, item heading and body text on each page that shows the document. */
const HIERARCHY = [
  { page: 'p4/', part: 'h1.passage-heading', item: '.passage.item > .passage-heading', body: '.passage-text p' },
  {
    page: 'full/',
    part: '.passage.part > .passage-heading',
    item: '.passage.item > .passage-heading',
    body: '.passage-text p',
  },
  { page: 'p4/bilingual/', part: '.bilingual-title > span', item: '.pair-heading', body: '.pair .s-half' },
];

for (const locale of LOCALES) {
  for (const { page: path, part, item, body } of HIERARCHY) {
    test(`${locale}/${path}: part headings are clearly larger than item headings, and item headings larger and bolder than the text`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/${path}`);
      const [p, i, b] = [await size(page, part), await size(page, item), await size(page, body)];
      expect(p, `part ${p}px, item ${i}px`).toBeGreaterThanOrEqual(i * 1.2);
      // An item heading is set apart from the text by size and weight together: a step larger, and semibold or
      // bolder where the text is regular (a heading much larger than the text read as a bold paragraph).
      expect(i, `item ${i}px, text ${b}px`).toBeGreaterThanOrEqual(b * 1.05);
      const weight = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => Number(getComputedStyle(el).fontWeight));
      // An item with text stands out of a run of bare headings, which are a step lighter but still above the text.
      const withText = item.replace('.passage.item', ".passage.item[data-source='full']");
      const bare = item.replace('.passage.item', ".passage.item[data-source='heading-only']");
      expect(await weight(withText)).toBeGreaterThanOrEqual(600);
      if (await page.locator(bare).count()) expect(await weight(bare)).toBeGreaterThan(await weight(body));
      expect(await weight(body)).toBeLessThanOrEqual(400);
    });
  }

  for (const width of [320, 390, 820, 1280]) {
    test(`${locale}: at ${width}px the site's name in the header is whole`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      // The shorter name on phones (below 36rem), the full one wider: each one whole, as documents.yaml writes it.
      const expected = NAMES[width < 576 ? 'tiny' : 'short'][locale];
      for (const path of ['p3/', 'glossary/', 'p4/bilingual/']) {
        await page.goto(`/${locale}/${path}`);
        const name = page.locator('.site-name');
        const fit = await name.evaluate((el) => ({
          scroll: el.scrollWidth,
          client: el.clientWidth,
          right: el.getBoundingClientRect().right,
          shown: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        }));
        expect(fit.scroll, `${path}: the name is cut`).toBeLessThanOrEqual(fit.client);
        expect(fit.right).toBeLessThanOrEqual(width);
        expect(fit.shown, path).toBe(expected);
      }
    });
  }
}

for (const locale of LOCALES) {
  test(`${locale}: readers meet no build talk, match patterns or raw Markdown`, async ({ page }) => {
    await page.goto(`/${locale}/glossary/`);
    await expect(page.locator('main')).not.toContainText(/\*|does not build|the check|构建|检查认可/);
    await expect(page.locator('main code')).toHaveCount(0);
    await expect(page.locator('.term-entry').first().locator('dt')).not.toHaveCount(0);
    await page.goto(`/${locale}/about/`);
    await expect(page.locator('main')).not.toContainText(/\*\*|000_dba|README/);
    await expect(page.locator('main strong').first()).toHaveText(expectedIn(locale, { zh: '标题', en: 'Title:' }));
  });

  test(`${locale}: Chinese is never slanted, and labels hang so that item headings align with their text`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    const slanted = await page
      .locator('[lang="zh-CN"] *, html[lang="zh-CN"] body *')
      .evaluateAll(
        (els) =>
          els.filter((el) => el.closest('[lang="en"]') === null && getComputedStyle(el).fontStyle !== 'normal').length,
      );
    expect(slanted).toBe(0);
    await page.goto('/zh/p4/');
    const heading = page.locator('#p4-3');
    const ink = await heading.evaluate((h) => {
      const range = document.createRange();
      const text = h.querySelector('.label')!.firstChild!;
      range.setStart(text, 1);
      range.setEnd(text, 2); // the character after （, where the ink starts
      return range.getBoundingClientRect().left;
    });
    const body = (await page.locator('section:has(> #p4-3) .passage-text p').first().boundingBox())!.x;
    expect(Math.abs(ink - body)).toBeLessThan(18 * 0.75); // within the bracket's own ink, not half a character more
  });
}

for (const locale of LOCALES)
  test(`${locale}: item headings fill their lines in text set without spaces, and are balanced in text with them`, async ({
    page,
  }) => {
    /** How a heading wraps, as the table says its language writes: filled (auto) when unspaced, else pretty. */
    const wrapOf = (l: Locale) => (spec(l).unspaced ? 'auto' : 'pretty');
    const wrap = (h: Element) => getComputedStyle(h).getPropertyValue('text-wrap-style');
    await page.goto(`/${locale}/p4/`);
    expect(await page.locator('#p4-3').evaluate(wrap)).toBe(wrapOf(locale));
    // Side by side, in a column, a heading without spaces breaks between any two characters, kept from leaving one
    // alone on its last line (pretty); its heading-only label sits under it, so that it never pulls one down.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}/p4/bilingual/`);
    for (const l of locales)
      expect(await page.locator(`section#p4-3 .pair-heading[lang="${langOf(l)}"]`).evaluate(wrap), l).toBe('pretty');
  });

for (const locale of LOCALES)
  for (const width of [820, 1280])
    test(`${locale}, ${width} px: side by side, the original's headings fill their narrow column; full width, they keep whole words`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/p3/bilingual/`);
      const headings = page.locator('.pair-heading[data-unspaced] > a');
      expect(await headings.count()).toBeGreaterThan(0);
      for (const heading of await headings.all()) {
        const column = await heading.evaluate((a) => a.parentElement!.clientWidth);
        const widths = await lineWidths(heading);
        // Every line but the last reaches at least 4/5 of the column (kept in whole phrases, （四）支持企业 took 58 %).
        for (const w of widths.slice(0, -1)) expect(w / column, widths.join(', ')).toBeGreaterThan(0.8);
      }
      // The side-by-side page on a phone (a column as wide as the page) and the original's part page keep them.
      const breaks = (p: Page) =>
        p
          .locator('h2 .phrased')
          .first()
          .evaluate((e) => getComputedStyle(e).wordBreak);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await breaks(page)).toBe('keep-all');
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locales.find((l) => spec(l).unspaced)}/p3/`);
      expect(await breaks(page)).toBe('keep-all');
    });

/** The widths of a paragraph's lines as laid out, first to last. */
const lineWidths = (where: Locator) =>
  where.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const lines = new Map<number, { left: number; right: number }>();
    for (const r of range.getClientRects()) {
      const top = Math.round(r.top);
      const line = lines.get(top) ?? { left: r.left, right: r.right };
      lines.set(top, { left: Math.min(line.left, r.left), right: Math.max(line.right, r.right) });
    }
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l.right - l.left);
  });

for (const locale of LOCALES)
  for (const width of [390, 1280])
    test(`${locale}, ${width} px: the contents' lead leaves no word or two alone on its last line`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/`);
      const widths = await lineWidths(page.locator('.doc-preamble .passage-text p'));
      expect(widths.length).toBeGreaterThan(1);
      // Wide, the few lines are balanced; narrow, the last line holds more than a word or two.
      expect(widths.at(-1)!, widths.join(', ')).toBeGreaterThan(Math.max(...widths) / (width > 640 ? 2 : 5));
    });

// Words a browser would break at a hyphen or inside brackets, on the pages where they occur, at a phone's
// narrowest: "COVID-" / "19" and "（十" / "一）" never end one line and start the next.
for (const width of [320, 390])
  test(`${width} px: COVID-19 and the item number （十一） are never broken across lines`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const seen: string[] = [];
    for (const path of ['/', '/en/', '/en/full/', '/en/about/', '/en/regions/bayannur/', '/zh/p3/', '/zh/full/']) {
      await page.goto(path);
      const split = await page.evaluate(() => {
        const found: { word: string; lines: number }[] = [];
        const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          for (const match of (node.textContent ?? '').matchAll(/COVID-19|（十一）/g)) {
            if (!(node.parentElement?.offsetParent ?? null)) continue; // not shown
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            found.push({
              word: match[0],
              lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
            });
          }
        return found;
      });
      seen.push(...split.map((s) => s.word));
      expect(
        split.filter((s) => s.lines > 1),
        `${path} at ${width}px`,
      ).toEqual([]);
    }
    expect(new Set(seen)).toEqual(new Set(['COVID-19', '（十一）']));
  });
