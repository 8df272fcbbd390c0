import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { passageIn, readPolicyEntries } from '../support/content.ts';
import { parseSentenceId } from '../../src/lib/document/ids.ts';
import { expectedIn, LOCALES } from '../support/site.ts';
import { counterpartOf, isSource, langOf, sourceLocale, type Locale } from '../../src/i18n/locales.ts';
import { REGION_IDS as ids, regionHeading, regionName as nameOf, NAMED } from '../support/regions.ts';

/** The sentences that bind every league and city, and the one that names three: read from the text, in each language. */
const entries = readPolicyEntries();
const sentence = (locale: Locale, id: string) => {
  const place = parseSentenceId(id)!;
  return passageIn(entries, locale, place.passage).text.sentences[place.sentence - 1]!.text;
};
const BINDS_ALL = ['p4-1-1', 'p4-3-1', 'p4-3-2'];
const NAMING = 'p4-3-3';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('twelve regions, each in both languages', () => {
  expect([...ids].sort()).toEqual([
    'alxa',
    'baotou',
    'bayannur',
    'chifeng',
    'hinggan',
    'hohhot',
    'hulunbuir',
    'ordos',
    'tongliao',
    'ulanqab',
    'wuhai',
    'xilingol',
  ]);
  for (const id of ids) expect(nameOf(id, 'en')).toBeTruthy();
});

for (const locale of LOCALES) {
  const other = counterpartOf(locale);

  test(`${locale}: every region page renders its name (and the original's on a translation), language, twin and the empty measures notice`, async ({
    page,
  }) => {
    for (const id of ids) {
      await page.goto(`/${locale}/regions/${id}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', langOf(locale));
      // A translation's page names the league or city in the original too (Hohhot 呼和浩特市), marked as the original.
      await expect(page.locator('h1')).toHaveText(regionHeading(id, locale));
      if (!isSource(locale)) await expect(page.locator('h1 > span')).toHaveAttribute('lang', langOf(sourceLocale));
      await expect(page.locator(`link[rel=alternate][hreflang="${langOf(other)}"]`)).toHaveAttribute(
        'href',
        new RegExp(`/${other}/regions/${id}/index\\.html$`),
      );
      // measures with their sources, or one short sentence for readers; how authors add one is in docs/CONTENT.md
      const measures = readdirSync('src/content/measures').filter((f) => f.startsWith(`${id}-`)).length;
      await expect(page.locator('.measure')).toHaveCount(measures);
      await expect(page.locator('.measure .source-link')).toHaveCount(measures);
      // Without a measure, the page says plainly that none was found, and when the public record was searched.
      if (!measures)
        await expect(page.locator('.empty-measures')).toHaveText(
          expectedIn(locale, {
            zh: `本站于2026年12月6日检索了公开资料，未找到${nameOf(id, locale)}与《意见》相关的本地措施。`,
            en: `No local measure in ${nameOf(id, locale)} relating to the Opinions was found in the public record this site searched on December 6, 2026.`,
          }),
        );
      await expect(page.locator('main')).not.toContainText(/src\/|\.mdx|frontmatter|README|stops the build|构建/);
      // Every sentence that binds it, quoted whole, grouped by how: 四（一） and the first two of 四（三） bind all
      // twelve; the third of 四（三） names three.
      const quoted = await page
        .locator('.bound-sentences > li')
        .evaluateAll((lis) =>
          lis.map((li) => [
            li.closest('[data-binding]')!.getAttribute('data-binding'),
            li.getAttribute('data-sentence'),
            li.querySelector('blockquote')!.textContent!.trim(),
          ]),
        );
      const expected = [
        ...(NAMED.includes(id) ? [['names', NAMING]] : []),
        ['all-leagues', 'p4-3-2'],
        ['all-levels', 'p4-1-1'],
        ['all-levels', 'p4-3-1'],
        // 呼和浩特、包头、赤峰等盟市: the others are neither named nor left out.
        ...(NAMED.includes(id) ? [] : [['such-as', NAMING]]),
      ];
      expect(quoted.map(([how, sid]) => [how, sid])).toEqual(expected);
      for (const [, sid, text] of quoted) expect(squash(text!)).toBe(squash(sentence(locale, sid!)));
      expect(BINDS_ALL.every((sid) => quoted.some(([, q]) => q === sid))).toBe(true);
    }
  });

  test(`${locale}: the three named regions show 四（三）’s request of them and link to the item, which links back`, async ({
    page,
  }) => {
    for (const id of NAMED) {
      await page.goto(`/${locale}/regions/${id}/`);
      await expect(page.locator('[data-binding="names"] h3')).toContainText(nameOf(id, locale));
      await page.locator(`[data-sentence="${NAMING}"] .quote-source a`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/p4/index\\.html#${NAMING}$`));
      await expect(page.locator(`#${NAMING}`)).toBeInViewport();
      const back = page.locator('section:has(> #p4-3) .item-regions a[data-region]');
      await expect(back).toHaveText(NAMED.map((n) => nameOf(n, locale)));
      await back.filter({ hasText: nameOf(id, locale) }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/regions/${id}/index\\.html$`));
    }
  });

  test(`${locale}: items page and full text list the named regions beside 四（三）, and link all twelve from the items that bind them`, async ({
    page,
  }) => {
    for (const path of [`/${locale}/p4/`, `/${locale}/full/`, `/${locale}/p3/`]) {
      await page.goto(path);
      await expect(page.locator('.item-regions a[data-region]')).toHaveCount(path.endsWith('p3/') ? 0 : 3);
      // 四（一） and 四（三） bind every league and city.
      await expect(page.locator('.item-regions')).toHaveCount(path.endsWith('p3/') ? 0 : 2);
    }
    await page.goto(`/${locale}/p4/`);
    await page.locator('section:has(> #p4-3) .item-regions a:not([data-region])').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/regions/index\\.html$`));
  });

  test(`${locale}: the index table lists the twelve with kind, naming sentences and measures`, async ({ page }) => {
    await page.goto(`/${locale}/regions/`);
    const rows = page.locator('.region-table tbody tr');
    await expect(rows).toHaveCount(12);
    for (const id of ids) {
      const row = page.locator(`.region-table tr[data-region="${id}"]`);
      await expect(row.locator('th a')).toHaveText(nameOf(id, locale));
      await expect(row.locator('td').nth(1).locator('a')).toHaveCount(NAMED.includes(id) ? 1 : 0);
      await expect(row.locator('td.count')).toHaveText(
        String(readdirSync('src/content/measures').filter((f) => f.startsWith(`${id}-`)).length),
      );
    }
    // Under the table, once: the sentences that bind all twelve.
    await expect(page.locator('.applies-all a')).toHaveCount(BINDS_ALL.length);
    await page.locator('.region-table tr[data-region="chifeng"] td a').click();
    await expect(page).toHaveURL(new RegExp(`#${NAMING}$`));
    await expect(page.locator(`#${NAMING}`)).toBeInViewport();
  });
}

test('the nav links to the regions on every kind of page, in the page’s language', async ({ page }) => {
  for (const [path, label] of [
    ['/zh/', '盟市'],
    ['/en/p3/', 'Leagues and cities'],
    ['/en/regions/ordos/', 'Leagues and cities'],
  ] as const) {
    await page.goto(path);
    await page.locator('.site-header nav').getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(/\/regions\/index\.html$/);
  }
});
