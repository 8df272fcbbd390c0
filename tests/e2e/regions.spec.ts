import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parseSource } from '../../src/lib/document/source.ts';
import { readPolicyEntries } from '../support/content.ts';
import { LOCALES } from '../support/site.ts';
import { REGION_IDS as ids, regionName as nameOf, NAMED } from '../support/regions.ts';

const source = parseSource(readFileSync('source/000_dba1a802fa3e88bb.txt', 'utf8'));
const p43zh = source.parts.find((p) => p.part === 4)!.items.find((i) => i.item === 3)!.body;
const p43en = readPolicyEntries().find((e) => e.locale === 'en' && e.data.id === 'p4-3')!.body;
const namingSentence = {
  zh: p43zh.split(/(?<=。)/).find((s) => s.startsWith('呼和浩特'))!,
  en: p43en.split(/(?<=\.)\s+/).find((s) => s.includes('Hohhot'))!,
};
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
  const other = locale === 'zh' ? 'en' : 'zh';

  test(`${locale}: every region page renders its name, language, twin and the empty measures notice`, async ({
    page,
  }) => {
    for (const id of ids) {
      await page.goto(`/${locale}/regions/${id}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
      await expect(page.locator('h1')).toHaveText(nameOf(id, locale));
      await expect(page.locator(`link[rel=alternate][hreflang="${other === 'zh' ? 'zh-CN' : 'en'}"]`)).toHaveAttribute(
        'href',
        new RegExp(`/${other}/regions/${id}/index\\.html$`),
      );
      // measures with their sources, or one short sentence for readers; how authors add one is in docs/CONTENT.md
      const measures = readdirSync('src/content/measures').filter((f) => f.startsWith(`${id}-`)).length;
      await expect(page.locator('.measure')).toHaveCount(measures);
      await expect(page.locator('.measure .source-link')).toHaveCount(measures);
      if (!measures)
        await expect(page.locator('.empty-measures')).toHaveText(
          locale === 'zh'
            ? `在可引用的公开来源中，未找到${nameOf(id, locale)}依据本意见采取的措施。`
            : `No measure that ${nameOf(id, locale)} took under these opinions was found in a source this site can cite.`,
        );
      await expect(page.locator('main')).not.toContainText(/src\/|\.mdx|frontmatter|README|stops the build|构建/);
      // every region is addressed by 四（三） and quotes it whole
      const quote = squash(await page.locator('.region-item[data-item="p4-3"] blockquote').innerText());
      expect(quote.replace(/\s/g, '')).toBe((locale === 'zh' ? p43zh : p43en).replace(/\s/g, ''));
      const marked = page.locator('.region-item mark.names');
      if (NAMED.includes(id)) {
        await expect(marked).toHaveCount(1);
        expect(squash(await marked.innerText())).toBe(namingSentence[locale]);
      } else await expect(marked).toHaveCount(0);
    }
  });

  test(`${locale}: the three named regions show 四（三）’s request of them and link to the item, which links back`, async ({
    page,
  }) => {
    for (const id of NAMED) {
      await page.goto(`/${locale}/regions/${id}/`);
      await expect(page.locator('.relation-names')).toContainText(nameOf(id, locale));
      await page.locator('.region-item h3 a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/p4/index\\.html#p4-3$`));
      await expect(page.locator('#p4-3')).toBeInViewport();
      const back = page.locator('section:has(> #p4-3) .item-regions a[data-region]');
      await expect(back).toHaveText(NAMED.map((n) => nameOf(n, locale)));
      await back.filter({ hasText: nameOf(id, locale) }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/regions/${id}/index\\.html$`));
    }
  });

  test(`${locale}: items page and full text list the named regions beside 四（三） only`, async ({ page }) => {
    for (const path of [`/${locale}/p4/`, `/${locale}/full/`, `/${locale}/p3/`]) {
      await page.goto(path);
      await expect(page.locator('.item-regions')).toHaveCount(path.endsWith('p3/') ? 0 : 1);
    }
    await page.locator('.item-regions').count();
    await page.goto(`/${locale}/p4/`);
    await page.locator('.item-regions a:not([data-region])').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/regions/index\\.html$`));
  });

  test(`${locale}: the index table lists the twelve with kind, naming items and measures`, async ({ page }) => {
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
    await page.locator('.region-table tr[data-region="chifeng"] td a').click();
    await expect(page.locator('#p4-3')).toBeInViewport();
  });
}

test('the nav links to the regions on every kind of page, in the page’s language', async ({ page }) => {
  for (const [path, label] of [
    ['/zh/', '盟市'],
    ['/en/p3/', 'Regions'],
    ['/en/regions/ordos/', 'Regions'],
  ] as const) {
    await page.goto(path);
    await page.locator('.site-header nav').getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(/\/regions\/index\.html$/);
  }
});

test('one romanization, the issue’s table, on every English page', async ({ page }) => {
  const { builtPages } = await import('../../tools/built-pages.ts');
  const VARIANTS =
    /Huhhot|Huhehaote|Hohhot City|Xing'?an|Xilin ?Gol|Xilinguole|Alashan|Alax\b|Ulanchab|Wulanchabu|Erdos|E'erduosi|Bayan ?Nur|Bayannaoer|Hulun ?Buir|Hulunbeier|Baotou City|Chifeng City|Tongliao City|Wuhai City/;
  for (const path of builtPages().filter((p) => p.startsWith('/en/'))) {
    await page.goto(path);
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('svg').forEach((svg) => svg.remove()); // tiles split “Xilingol / League” over two lines
      clone.querySelectorAll('.variants').forEach((dd) => dd.remove()); // the glossary lists other texts’ spellings as such
      const labels = [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
      return `${clone.innerText}\n${labels.join('\n')}`;
    });
    expect(text, path).not.toMatch(VARIANTS);
    expect(text, path).not.toMatch(/\b(Xilingol|Hinggan|Alxa)\b(?! League)/);
  }
});
