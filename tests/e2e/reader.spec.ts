import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseSource } from '../../src/lib/document/source.ts';
import { expectedIn, LOCALES, PHONE } from '../support/site.ts';
import { isSource, langOf, othersOf, sourceLocale } from '../../src/i18n/locales.ts';
import { builtPages } from '../../tools/built-pages.ts';
import { routes } from '../../src/lib/routes.ts';

const source = parseSource(readFileSync('source/000_dba1a802fa3e88bb.txt', 'utf8'));
const READER_PAGES = ['', 'p1/', 'p3/', 'p4/', 'full/', 'about/'];

test('the reader pages exist in both languages', () => {
  const pages = builtPages();
  for (const locale of LOCALES) for (const page of READER_PAGES) expect(pages).toContain(`/${locale}/${page}`);
  expect(pages).toContain('/');
});

for (const locale of LOCALES) {
  for (const page of READER_PAGES) {
    test(`${locale}/${page}: renders its heading, language and twin`, async ({ page: tab }) => {
      await tab.goto(`/${locale}/${page}`);
      await expect(tab.locator('html')).toHaveAttribute('lang', expectedIn(locale, { zh: 'zh-CN', en: 'en' }));
      await expect(tab.locator('h1')).toHaveCount(1);
      await expect(tab.locator('h1')).not.toBeEmpty();
      for (const other of othersOf(locale)) {
        const alternate = tab.locator(`link[rel=alternate][hreflang="${langOf(other)}"]`);
        await expect(alternate).toHaveAttribute('href', new RegExp(`/${other}/${page}index\\.html$`));
      }
      const notice = expectedIn(locale, { zh: null, en: 'Unofficial translation' });
      if (notice) await expect(tab.locator('.notice.translation')).toContainText(notice);
    });
  }

  test(`${locale}: under the title, the particulars a citation needs: issuer, date (with where it is shown) and source`, async ({
    page,
  }) => {
    for (const path of ['', 'full/']) {
      await page.goto(`/${locale}/${path}`);
      const lines = page.locator('.particulars > div');
      await expect(lines).toHaveCount(3);
      await expect(lines.nth(1)).toContainText(
        expectedIn(locale, { zh: '成文日期：来源未载', en: 'Date: Not stated in the source' }),
      );
      await expect(lines.nth(2)).toContainText(
        expectedIn(locale, { zh: '内蒙古自治区人民政府门户网站', en: 'Inner Mongolia Autonomous Region' }),
      );
      // Each value reads as a line of a table reads, from a capital where the script has capitals ("Not stated…").
      for (const value of await page.locator('.particulars dd').allTextContents())
        expect(value.trim(), value).toMatch(/^\P{Ll}/u);
      await lines.nth(1).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/about/index\\.html$`));
      await expect(page.locator('main')).toContainText('2020');
    }
  });

  test(`${locale}: on the contents page the preamble's notes fold under a line saying what they are; open on a tap or a mark, whole on paper`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/`);
    const notes = page.locator('.doc-preamble .translator-notes');
    // The original has no translator's notes; the translation's fold under one line (their text hidden).
    await expect(page.locator('.doc-preamble')).toHaveCount(1);
    if (isSource(locale)) return expect(notes).toHaveCount(0);
    const summary = notes.locator('summary');
    await expect(summary).toContainText(expectedIn(locale, { zh: '译注', en: 'Translator’s note' }));
    expect(await summary.evaluate((s) => s.getBoundingClientRect().height)).toBeLessThan(40);
    const note = notes.locator('li').first();
    await expect(note).toBeHidden();
    await summary.click();
    await expect(note).toBeVisible();
    await summary.click();
    // A mark in the text opens its note.
    await page.locator('.doc-preamble .note-mark a').first().click();
    await expect(note).toBeVisible();
    // On paper, folded or not, every note prints; the full text shows them open.
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    await expect(note).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/${locale}/full/`);
    await expect(page.locator('.doc-preamble .translator-notes li').first()).toBeVisible();
  });

  test(`${locale}: every contents link lands on an existing anchor`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const hrefs = await page
      .locator('.contents a:not(.part-also)')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(3 + 15);
    // Beside each part with text (三, 四), a link to read it side by side, which opens at that part's pairs.
    const beside = page.locator('.contents a.part-also');
    await expect(beside).toHaveText(Array(2).fill(expectedIn(locale, { zh: '中英对照', en: 'Side by side' })));
    const withText = source.parts.filter((p) => p.items.length > 0).map((p) => p.part);
    const besideHrefs = await beside.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(besideHrefs.map((href) => new URL(href).pathname)).toEqual(
      withText.map((part) => `${routes.bilingual(locale, part)}index.html`),
    );
    for (const href of besideHrefs) {
      await page.goto(href);
      await expect(page, href).toHaveURL(href);
      await expect(page.locator('.pair').first(), href).toBeVisible();
    }
    for (const href of hrefs) {
      await page.goto(href);
      const id = new URL(href).hash.slice(1) || new URL(href).pathname.split('/').at(-2)!;
      await expect(page.locator(`[id="${id}"]`), href).toBeVisible();
    }
  });

  test(`${locale}: part 二 is listed as absent, not invented, in one quiet line`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const absent = page.locator('.contents .part-absent');
    await expect(absent).toHaveCount(1);
    await expect(absent).toHaveText(expectedIn(locale, { zh: '二、来源中无此部分', en: 'II. Not in the source' }));
    await expect(absent.locator('a, em, i')).toHaveCount(0);
    expect(await absent.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
    await page.goto(`/${locale}/full/`);
    // never an empty heading: part 二 is a line of text, not a heading
    await expect(page.locator('#p2')).toHaveJSProperty('tagName', 'P');
    await expect(page.locator('main :is(h1, h2, h3)').filter({ hasText: /^\s*(二、|II\.)\s*$/ })).toHaveCount(0);
  });

  test(`${locale}: heading-only items carry a quiet label, and each part says so once`, async ({ page }) => {
    await page.goto(`/${locale}/full/`);
    for (const part of source.parts) {
      for (const item of part.items) {
        const label = page.locator(`[id="${item.id}"] .gap-label`);
        await expect(label).toHaveCount(item.body ? 0 : 1);
      }
    }
    await expect(page.locator('section:has(> #p1) .gap-note')).toHaveCount(1);
    await expect(page.locator('section:has(> #p3) .gap-note')).toHaveCount(1);
    await expect(page.locator('.gap-note')).toHaveCount(2);
    await expect(page.locator('.notice.heading-only')).toHaveCount(0);
  });
}

test('every passage of the source appears verbatim on the Chinese pages', async ({ page }) => {
  await page.goto('/zh/full/');
  const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
  expect(text).toContain(source.preamble);
  for (const part of source.parts) {
    expect(text).toContain(part.label + part.heading);
    for (const item of part.items) {
      // the heading and text read exactly as in the source: （四）加强考核问责。进一步…
      const passage = (
        await page.locator(`section:has(> [id="${item.id}"])`).evaluate((s) => {
          const clone = s.cloneNode(true) as HTMLElement;
          clone
            .querySelectorAll('.notice, .item-tools, aside, .item-regions, .translator-notes, .gap-label, .revised')
            .forEach((n) => n.remove()); // tools, the regions named, notes and the heading-only label are not the text
          return clone.textContent ?? '';
        })
      ).replace(/\s+/g, '');
      expect(passage).toBe(item.label + item.heading + (item.body ? '。' + item.body : ''));
    }
  }
  // every sentence of the source, on the part pages too
  for (const part of source.parts) {
    await page.goto(`/${sourceLocale}/${part.id}/`);
    const partText = (await page.locator('main').innerText()).replace(/\s+/g, '');
    for (const item of part.items)
      for (const sentence of item.body.split(/(?<=。)/).filter(Boolean)) expect(partText).toContain(sentence);
  }
});

test('the language switch keeps the item, by anchor and by scroll position', async ({ page }) => {
  await page.goto('/zh/p3/#p3-4');
  await page.locator('.site-header [data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/p3\/index\.html#p3-4$/);
  await expect(page.locator('#p3-4')).toBeInViewport();
  await page.goto('/en/p4/');
  await page.locator('#p4-3').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('p4-3')!.scrollIntoView({ block: 'start' }));
  await page.locator('.site-header [data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/p4\/index\.html#p4-3(-1)?$/);
  // A sentence read at the top of the window (a little below where a link lands, as scrolling leaves it): the switch
  // arrives at the same sentence in the other language.
  await page.goto('/en/p4/');
  await page.evaluate(() => document.getElementById('p4-3-3')!.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => scrollBy(0, -8));
  await page.locator('.site-header [data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/p4\/index\.html#p4-3-3$/);
  await expect(page.locator('#p4-3-3')).toBeInViewport();
  // One begun lower down, below the end of the sentence before it, is not yet being read: the switch lands on an
  // earlier sentence of the item, never after what the reader had not finished.
  await page.goto('/en/p4/');
  await page.evaluate(() => document.getElementById('p4-3-3')!.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => scrollBy(0, -80));
  await page.locator('.site-header [data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/p4\/index\.html#p4-3-[12]$/);
  // A sentence arrived at by its anchor keeps it too.
  await page.goto('/zh/p4/#p4-3-2');
  await page.locator('.site-header [data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/p4\/index\.html#p4-3-2$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('pages read and navigate', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: /Strengthen implementation/ }).click();
    await expect(page.locator('#p4-3')).toBeVisible();
    await expect(page.locator('main')).toContainText('one-size-fits-all');
    await page.locator('.site-header [data-lang-switch]').click();
    await expect(page.locator('h1')).toContainText('组织保障');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });
  test('every item with text links its twin in the other language (in its tools), so switching keeps the place without the header', async ({
    page,
  }) => {
    for (const [from, to] of [
      ['zh', 'en'],
      ['en', 'zh'],
    ] as const) {
      await page.goto(`/${from}/p4/`);
      const items = page.locator('.item-twin');
      await expect(items).toHaveCount(4);
      await page.locator('section:has(> #p4-3) .item-tools summary').click();
      await page.locator('section:has(> #p4-3) .item-twin').click();
      await expect(page).toHaveURL(new RegExp(`/${to}/p4/index\\.html#p4-3$`));
      await expect(page.locator('#p4-3')).toBeInViewport();
    }
  });
});
