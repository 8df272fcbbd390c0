/**
 * What search finds beyond the query as typed, as a reader sees it: related passages, labelled so; nothing for a
 * topic the text does not treat; local measures, at their place on their region's page; passages found through the
 * other language's text, in both directions; region results named once; a focused result drawn whole.
 */
import { test, expect } from '@playwright/test';
import { expectedIn, LOCALES } from '../support/site.ts';
import { query } from '../support/search-ui.ts';
import { routes } from '../../src/lib/routes.ts';
import { parsePassageId } from '../../src/lib/document/ids.ts';

const RELATED = {
  zh: {
    q: '劳动力短缺',
    id: 'p3-4',
    tag: '相关',
    status: /^没有找到包含“劳动力短缺”的条目。\s*另有 \d+ 条相关结果。$/,
  },
  en: {
    q: 'labour shortage',
    id: 'p3-4',
    tag: 'related',
    status: /^No item contains “labour shortage”\.\s*\d+ related\.$/,
  },
} as const;
const NEGATIVES = {
  zh: ['疫苗接种', '出口退税', '企业疫苗接种'],
  en: ['vaccination', 'tax refund', 'vaccination of workers'],
};
/** A query in the other language's script, the passage it finds, and the other language's lang. */
const ACROSS = {
  zh: { q: 'labor shortages', id: 'p3-4', lang: 'en', mark: /^labor$/i, tag: '见于英文译文' },
  en: { q: '层层加码', id: 'p4-3', lang: 'zh-CN', mark: /层层加码/, tag: 'found in the Chinese' },
} as const;

for (const locale of LOCALES) {
  test(`${locale}: a query found only in another order is answered with related passages, labelled related`, async ({
    page,
  }) => {
    const { q, id, tag, status } = RELATED[locale];
    await page.goto(`/${locale}/search/`);
    expect(await query(page, q, 'exact')).toEqual([]);
    expect((await query(page, q))[0]).toBe(id);
    const first = page.locator('#search-results .search-result').first();
    await expect(first).toHaveAttribute('data-match', 'related');
    await expect(first.locator('.search-kind .search-tag')).toHaveText(tag);
    await expect(first.locator('.search-excerpt mark').first()).toBeVisible();
    await expect(page.locator('[data-search-status]')).toHaveText(status);
    // An exact match is not labelled.
    await query(page, expectedIn(locale, { zh: '缺少劳动力', en: 'labor shortages' }));
    await expect(page.locator('#search-results .search-result').first()).toHaveAttribute('data-match', 'exact');
    await expect(page.locator('#search-results .search-result').first().locator('.search-tag')).toHaveCount(0);
  });

  test(`${locale}: a topic the text does not treat finds nothing, not even a related passage`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    for (const q of NEGATIVES[locale]) {
      expect(await query(page, q), q).toEqual([]);
      await expect(page.locator('[data-search-status]')).toContainText(q);
    }
  });

  test(`${locale}: local measures are found by title, issuer and summary, and lead to their place on the region page`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/search/`);
    const plan = 'measure-hohhot-industrial-resumption-plan';
    expect(await query(page, expectedIn(locale, { zh: '复工复产', en: 'resumption' }))).toContain(plan);
    expect(await query(page, expectedIn(locale, { zh: '工业和信息化局', en: 'Bureau of Industry' }))).toContain(plan); // issuer
    expect(await query(page, expectedIn(locale, { zh: '口罩', en: 'masks' }))).toEqual([plan]); // summary
    const result = page.locator('#search-results .search-result').first();
    await expect(result.locator('.search-kind')).toHaveText(
      expectedIn(locale, { zh: '地方措施', en: 'Local measure' }),
    );
    await result.locator('a.search-hit').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/regions/hohhot/index\\.html#${plan}$`));
    await expect(page.locator(`#${plan}`)).toBeInViewport();
  });

  test(`${locale}: a query in the other language's script finds the passages whose text in that language holds it`, async ({
    page,
  }) => {
    const { q, id, lang, mark, tag } = ACROSS[locale];
    await page.goto(`/${locale}/p1/`);
    await page.keyboard.press('/');
    expect(await query(page, q)).toContain(id);
    const result = page.locator('#search-dialog .search-result').filter({ has: page.locator(`a[href$="#${id}"]`) });
    // The passage in this page's language, its match in the other's, said so.
    await expect(result.locator('a.search-hit .label')).toHaveText(
      expectedIn(locale, { zh: /^[一二三四]/, en: /^[IV]+ / }),
    );
    await expect(result.locator('.search-excerpt')).toHaveAttribute('lang', lang);
    await expect(result.locator('.search-excerpt mark').first()).toHaveText(mark);
    await expect(result.locator('.search-tag')).toHaveText(tag);
    await result.locator('a.search-hit').click();
    await expect(page).toHaveURL(new RegExp(`${routes.part(locale, parsePassageId(id)!.part)}index\\.html#${id}$`));
  });

  test(`${locale}: a region result names the region once, with its name in the other language`, async ({ page }) => {
    await page.goto(`/${locale}/search/?kind=region`);
    await query(page, expectedIn(locale, { zh: '呼和浩特', en: 'Hohhot' }));
    await expect(page.locator('#search-results a.search-hit')).toHaveText(
      expectedIn(locale, { zh: '呼和浩特市 Hohhot', en: 'Hohhot 呼和浩特市' }),
    );
  });

  test(`${locale}: a focused result is drawn whole: one ring around its kind, title and excerpt`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    await query(page, RELATED[locale].q);
    await page.locator('input[name=q]').focus();
    await page.keyboard.press('ArrowDown');
    const result = page.locator('#search-results .search-result').first();
    await expect(result.locator('a.search-hit')).toBeFocused();
    const drawn = await result.evaluate((li) => {
      const style = getComputedStyle(li);
      const box = li.getBoundingClientRect();
      const inside = [...li.children].every((child) => {
        const r = child.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right;
      });
      return { ring: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset), inside };
    });
    expect(drawn.ring).toBeGreaterThan(0);
    expect(drawn.offset).toBeLessThanOrEqual(0); // within the result, so a scrolling list does not cut it
    expect(drawn.inside).toBe(true);
  });
}
