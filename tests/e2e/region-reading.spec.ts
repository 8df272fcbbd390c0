/**
 * The region pages as a reader meets them, in both languages: sources named by their publisher (the address on
 * hover and on paper), each title said once, dates as people write them, typographic apostrophes, the quoted item
 * using a phone's width, a marked sentence told apart without colour, and the header naming the section.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectedIn, LOCALES } from '../support/site.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { REGION_IDS as ids } from '../support/regions.ts';

interface MeasureFacts {
  region: string;
  date?: string;
  source: { url: string; publisher: { zh: string; en: string } };
}
const measures = Object.fromEntries(
  readdirSync('src/content/measures').map((f) => [
    f.replace(/\.yaml$/, ''),
    parse(readFileSync(`src/content/measures/${f}`, 'utf8')) as MeasureFacts,
  ]),
);
const withMeasures = [...new Set(Object.values(measures).map((m) => m.region))];
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
/** 2020-02-26 as a reader writes it: 2020年2月26日 / February 26, 2020 (US style, as the English is). */
const written = (iso: string, locale: Locale) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return expectedIn(locale, { zh: `${y}年${m}月${d}日`, en: `${MONTHS[m - 1]} ${d}, ${y}` });
};

for (const locale of LOCALES) {
  test(`${locale}: each measure names its source by publisher, links its address, and says its title and date once`, async ({
    page,
  }) => {
    expect(withMeasures.length).toBeGreaterThan(3);
    for (const region of withMeasures) {
      await page.goto(`/${locale}/regions/${region}/`);
      // no address as the words of a link anywhere on the page
      for (const text of await page.locator('main a').allInnerTexts()) expect(text).not.toMatch(/https?:|www\.|\/\//);
      for (const li of await page.locator('.measure').all()) {
        const facts = measures[(await li.getAttribute('data-measure'))!]!;
        const link = li.locator('a.source-link');
        await expect(link).toHaveText(facts.source.publisher[locale]);
        await expect(link).toHaveAttribute('href', facts.source.url);
        await expect(link).toHaveAttribute('title', facts.source.url);
        const heading = (await li.locator('h3').innerText()).trim();
        const text = await li.innerText();
        expect(text.split(heading).length - 1, `${region}: “${heading}” said once`).toBe(1);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        if (facts.date) await expect(li.locator('time')).toHaveText(written(facts.date, locale));
      }
      // on paper the address follows the publisher's name
      await page.emulateMedia({ media: 'print' });
      const printed = await page
        .locator('.measure a.source-link')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(printed).toContain((await page.locator('.measure a.source-link').first().getAttribute('href'))!);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test(`${locale}: the header marks the leagues and cities as the current section on a region page, styled as the current page`, async ({
    page,
  }) => {
    const label = expectedIn(locale, { zh: '盟市', en: 'Leagues and cities' });
    await page.goto(`/${locale}/regions/`);
    const onIndex = page.locator('.site-header nav').getByRole('link', { name: label, exact: true });
    await expect(onIndex).toHaveAttribute('aria-current', 'page');
    const weight = await onIndex.evaluate((a) => getComputedStyle(a).fontWeight);
    const bar = await onIndex.evaluate((a) => getComputedStyle(a).borderBottomColor);
    await page.goto(`/${locale}/regions/hohhot/`);
    const nav = page.locator('.site-header nav');
    const section = nav.getByRole('link', { name: label, exact: true });
    await expect(section).toHaveAttribute('aria-current', 'true');
    await expect(nav.locator('a[aria-current]')).toHaveCount(1);
    expect(await section.evaluate((a) => getComputedStyle(a).fontWeight)).toBe(weight);
    expect(await section.evaluate((a) => getComputedStyle(a).borderBottomColor)).toBe(bar);
    // a part page belongs to no header section but its own
    await page.goto(`/${locale}/p3/`);
    await expect(nav.locator('a[aria-current]')).toHaveCount(0);
  });
}

test('English region pages use typographic apostrophes and quotes, never straight ones', async ({ page }) => {
  for (const path of ['/en/regions/', ...ids.map((id) => `/en/regions/${id}/`)]) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    expect(text.match(/.{0,20}['"].{0,20}/g), path).toBeNull();
  }
});

for (const width of [320, 390]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('the regions table reads whole, without sideways scrolling, and is still a table', async ({ page }) => {
      for (const locale of LOCALES) {
        await page.goto(`/${locale}/regions/`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const frame = page.locator('.table-frame');
        expect(await frame.evaluate((f) => f.scrollWidth - f.clientWidth)).toBe(0);
        const table = page.getByRole('table');
        await expect(table.getByRole('row')).toHaveCount(13);
        // the kind goes (the name says it); region, items naming it and the count stay, each inside the screen
        await expect(table.getByRole('columnheader')).toHaveCount(3);
        for (const cell of await table.locator('td.count, thead th:last-child').all()) {
          const box = (await cell.boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(width);
        }
      }
    });

    test('a region page gives the quoted sentences the width of the page, and does not scroll sideways', async ({
      page,
    }) => {
      for (const locale of LOCALES)
        for (const id of ['hohhot', 'wuhai']) {
          await page.goto(`/${locale}/regions/${id}/`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          const column = (await page.locator('#asks-title').boundingBox())!.width;
          const quoted = (await page.locator('.sentence-quote p').first().boundingBox())!.width;
          // the quote's rule and a gap only (a card around it took some 55 px more)
          expect(quoted, `${locale} ${id}: ${quoted} px of ${column}`).toBeGreaterThanOrEqual(column - 24);
        }
    });
  });
}

test('on a wide screen the regions table keeps its kind column', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 900 });
  await page.goto('/en/regions/');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(4);
});
