/**
 * Print, in both languages: on paper the text is set in a serif (Song / FangSong for Chinese), the page
 * names the document, its source and its address (honestly labelled a path when only the path is known), and the
 * navigation is gone, links that go nowhere on paper too; links to other websites print their address; the gap
 * notes stay, said once; no date of the English's revision on the Chinese text. The source outlet is named one way
 * on every page. Printed to A4 (Chromium's PDF, read back with pdftotext), the pages of the text paginate: as few
 * sheets as below, each but the last at least half full, no heading that leads to text at the foot of a sheet, and
 * no item with text split across two sheets where it fits on one; each sheet numbered at its foot, and each after the
 * first headed by the document's short name in the page's language.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectedIn, LOCALES } from '../support/site.ts';
import { parse } from 'yaml';
import { isSource, localeOfPath, spec, type Locale } from '../../src/i18n/locales.ts';
import { builtPages } from '../../tools/built-pages.ts';
import { printedSheets, squeeze } from '../support/pdf.ts';

/** The document's names as src/content/documents.yaml gives them (its one entry). */
const DOCUMENT = Object.values(parse(readFileSync('src/content/documents.yaml', 'utf8')))[0] as {
  short: Record<Locale, string>;
};

const LABEL = {
  zh: { path: '本页在本站内的路径：', address: '本页网址：' },
  en: { path: 'Path of this page within the site: ', address: 'Address of this page: ' },
} as const;

for (const locale of LOCALES) {
  test(`${locale}: printed, a part page is serif, traceable and free of navigation`, async ({ page }) => {
    await page.goto(`/${locale}/p3/`);
    await page.emulateMedia({ media: 'print' });
    const face = await page
      .locator('.passage-text p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);
    expect(face).toMatch(expectedIn(locale, { zh: /^fangsong/i, en: /^georgia/i }));
    expect(face).not.toMatch(/sans/i);
    const heading = page.locator('.print-heading');
    await expect(heading).toBeVisible();
    await expect(heading).toContainText(
      expectedIn(locale, { zh: '《关于实行分类指导精准施策', en: 'Opinions on Providing Category-Based Guidance' }),
    );
    await expect(heading).toContainText(
      expectedIn(locale, { zh: '内蒙古自治区人民政府门户网站', en: 'Inner Mongolia Autonomous Region' }),
    );
    await expect(heading.locator('[data-print-address]')).toContainText(`/${locale}/p3/`);
    // Built without the site's public address, the heading knows only the path, and says so; just before
    // printing, the page puts the address it was read at, and the label for an address, in its place.
    await expect(heading).toContainText(`${LABEL[locale].path}/${locale}/p3/`);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(heading).toContainText(`${LABEL[locale].address}${page.url()}`);
    if (!isSource(locale)) {
      await expect(heading).toContainText('腾格里新闻 (Tenggeli Xinwen)');
      // The notice stays; its link to the Chinese page, which goes nowhere on paper, does not.
      await expect(page.locator('.notice.translation')).toBeVisible();
      await expect(page.locator('.notice.translation a')).toBeHidden();
    }
    await expect(page.locator('.bilingual-link')).toBeHidden();
    for (const nav of ['.site-header', '#doc-nav', '.breadcrumb', '.contents-bar', '.pager', '.item-tools'])
      await expect(page.locator(nav).first()).toBeHidden();
    await expect(page.locator('.gap-note')).toHaveCount(1);
    await expect(page.locator('.gap-note')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(heading).toBeHidden();
  });

  test(`${locale}: printed, the glossary leaves out its index of links and keeps every entry`, async ({ page }) => {
    await page.goto(`/${locale}/glossary/`);
    await expect(page.locator('.term-index')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.term-index')).toBeHidden();
    const entries = page.locator('.term-entry');
    expect(await entries.count()).toBeGreaterThan(10);
    for (const entry of await entries.all()) await expect(entry).toBeVisible();
  });

  test(`${locale}: printed side by side, the gaps are said once and marked quietly`, async ({ page }) => {
    await page.goto(`/${locale}/p3/bilingual/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.gap-note')).toHaveCount(1);
    await expect(page.locator('main .gap-label')).toHaveCount(20);
    await expect(page.locator('.notice.heading-only')).toHaveCount(0);
  });
}

for (const locale of LOCALES)
  test(`${locale}: printed, a link to another website shows its address; the site's own do not`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    const address = 'http://imline.cn/news/shizheng/2020/01204NR020.html';
    const [open, close] = spec(locale).parentheses;
    expect(await after(`.prose a[href="${address}"]`)).toBe(`"${open}${address}${close}"`);
    expect(await after('.prose a[href^="../"], .prose a[href^="#"]')).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(await after(`.prose a[href="${address}"]`)).toBe('none');
  });

test('the source outlet is named one way on every page: 腾格里新闻, with "(Tenggeli Xinwen)" in English', () => {
  const english = builtPages().filter((p) => p.startsWith('/en/') && p.endsWith('/'));
  for (const path of english) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    expect(html, path).not.toMatch(/Tengri/i);
    // The name may be marked as Chinese (<span lang="zh-CN">腾格里新闻</span>) in English text.
    for (const m of html.matchAll(/腾格里新闻(?:<\/span>)?(.{0,20})/g))
      expect(m[1], path).toMatch(/^ \(Tenggeli Xinwen\)/);
  }
});

/**
 * The sheets each page of the text prints on at A4 (before keep-together rules were scoped: 三 2, the full text 4/5;
 * before a run of bare headings was set close on paper: III 2, III side by side 3; before the full text stopped
 * repeating its title and source above its own title and particulars: 全文 3; before a part's heading and the title
 * block were set closer on paper: the English full text 4).
 */
const SHEETS: Record<string, number> = {
  '/zh/p1/': 1,
  '/zh/p3/': 1,
  '/zh/p4/': 1,
  '/zh/full/': 2,
  '/zh/p3/bilingual/': 2,
  '/zh/p4/bilingual/': 3,
  '/en/p1/': 1,
  '/en/p3/': 1,
  '/en/p4/': 2,
  '/en/full/': 3,
  '/en/p3/bilingual/': 2,
  '/en/p4/bilingual/': 3,
};
/** A4's printable area at the margins site.css sets (178 × 261 mm), in CSS pixels. */
const PRINTABLE = { width: (178 / 25.4) * 96, height: (261 / 25.4) * 96 };

for (const [path, count] of Object.entries(SHEETS))
  test(`${path} prints on ${count} A4 sheet(s) that paginate: full, no heading at a foot, no item split`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: Math.floor(PRINTABLE.width), height: 1000 });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    // What must never end a sheet: a title, a part's heading (with the date its translation was revised, which is
    // the heading's line), the heading of an item that has text.
    const headings = await page
      .locator(
        ':is(.doc-title, .part-page > h1, .bilingual-title, .passage.part > .passage-heading, .passage.part > .revised, ' +
          '.passage:has(> .passage-text) > .passage-heading, .pair:has(.sentence-pairs) .pair-heading)',
      )
      .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    const items = await page.locator('.passage.item:has(> .passage-text)').evaluateAll((sections) =>
      sections.map((s) => ({
        id: s.getAttribute('aria-labelledby'),
        text: s.querySelector('.passage-text')!.textContent ?? '',
        height: s.getBoundingClientRect().height,
      })),
    );
    const sheets = await printedSheets(page);
    const report = sheets.map((s, i) => `${i + 1}: ${Math.round(s.fill * 100)}% …${s.lastLine.join(' | ')}`);
    console.log(`${path}\n  ${report.join('\n  ')}`);
    expect(sheets.length, report.join('\n')).toBe(count);
    // Each sheet is numbered at its foot, as official documents are: — 1 —, — 2 —…; each after the first, which
    // has the title, is headed by the document's short name in the page's language.
    expect(sheets.map((s) => s.folio)).toEqual(sheets.map((_, i) => `—${i + 1}—`));
    const short = squeeze(DOCUMENT.short[localeOfPath(path)!]);
    expect(sheets.map((s) => s.head)).toEqual(sheets.map((_, i) => (i === 0 ? '' : short)));
    for (const [i, sheet] of sheets.slice(0, -1).entries()) {
      expect(sheet.fill, `sheet ${i + 1} is less than half full`).toBeGreaterThanOrEqual(0.5);
      for (const column of sheet.lastLine)
        expect(
          headings.some((heading) => squeeze(heading).includes(column)),
          `sheet ${i + 1} ends with a heading: ${column}`,
        ).toBe(false);
    }
    for (const item of items.filter((i) => i.height < PRINTABLE.height))
      expect(
        sheets.filter((sheet) => sheet.text.includes(squeeze(item.text))),
        `${item.id} is split across two sheets`,
      ).toHaveLength(1);
  });

for (const locale of LOCALES)
  test(`${locale}: the date the English was last revised is printed on English pages only`, async ({ page }) => {
    for (const path of [`/${locale}/p4/`, `/${locale}/full/`, `/${locale}/p4/bilingual/`]) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.locator('.revised').evaluateAll((notes) => notes.filter((n) => n.checkVisibility()));
      if (isSource(locale)) expect(shown, path).toHaveLength(0);
      else expect(shown.length, path).toBeGreaterThan(0);
    }
  });
