/**
 * How results look and are used: the kind in words, a glossary term in the page's language
 * first, a compact dialog, arrow keys and Enter in the dialog and on the search page, glossary
 * suggestions when the box is empty or nothing matches, the "/" hint only where there is a keyboard,
 * and a query's text direction isolated in the status line. On a phone the search page shows its results first
 * (filters closed, how search reads a query after the results); a local measure a result leads to is tinted on
 * arrival, as an item of the text is.
 */
import { test, expect, type Page } from '@playwright/test';
import { expectedIn, LOCALES, PHONE } from '../support/site.ts';
import { counterpartOf, langOf } from '../../src/i18n/locales.ts';
import { query } from '../support/search-ui.ts';

const KIND_WORDS = {
  zh: ['政策原文', '地方措施', '盟市', '术语'],
  en: ['Policy text', 'Local measure', 'League or city', 'Glossary term'],
} as const;
const HOHHOT = { zh: '呼和浩特', en: 'Hohhot' } as const;

/** Opens the dialog on a part page and types a query. */
async function dialogQuery(page: Page, locale: string, q: string): Promise<string[]> {
  await page.goto(`/${locale}/p4/`);
  await page.keyboard.press('/');
  return query(page, q);
}

for (const locale of LOCALES) {
  test(`${locale}, phone: the search page shows the results first: filters closed, how search works after them`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(HOHHOT[locale])}`);
    const first = page.locator('#search-results .search-result').first();
    await expect(first).toBeInViewport();
    await expect(page.locator('main select[name=part]')).toBeHidden();
    const [result, hint] = await Promise.all([first.boundingBox(), page.locator('.search-hint').boundingBox()]);
    expect(hint!.y).toBeGreaterThan(result!.y);
    await page.locator('main .search-filters summary').click(); // the filters open on demand
    await expect(page.locator('main select[name=part]')).toBeVisible();
    // Wider, the filters are shown at once, and no button hides them.
    await page.setViewportSize({ width: 820, height: 900 });
    await page.goto(`/${locale}/search/`);
    await expect(page.locator('main select[name=part]')).toBeVisible();
    await expect(page.locator('main .search-filters summary')).toBeHidden();
  });

  test(`${locale}: a local measure followed from the results is tinted on arrival, as an item of the text is`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(HOHHOT[locale])}`);
    const tint = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.locator('#search-results li:has([data-kind="measure"]) a.search-hit').first().click();
    await expect(page).toHaveURL(/\/regions\/[^/]+\/index\.html#measure-/);
    const measure = page.locator('.measure:has(> :target)');
    await expect(measure).toBeInViewport();
    const arrived = await tint('.measure:has(> :target)');
    expect(arrived).not.toBe('rgba(0, 0, 0, 0)');
    const others = await page
      .locator('.measure:not(:has(> :target))')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(others.every((color) => color === 'rgba(0, 0, 0, 0)')).toBe(true); // that one alone
    await page.goto(`/${locale}/p3/#p3-4`);
    expect(await tint('.passage:has(> #p3-4)')).toBe(arrived); // the same tint as an item arrived at
  });

  test(`${locale}: each result names its kind in words, in an element with data-kind`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    await query(page, HOHHOT[locale]);
    const kinds = page.locator('#search-results .search-result .search-kind');
    const seen = await kinds.evaluateAll((nodes) => nodes.map((n) => [(n as HTMLElement).dataset.kind, n.textContent]));
    const [policy, measure, region, glossary] = KIND_WORDS[locale];
    expect(seen).toEqual(
      expect.arrayContaining([
        ['policy', policy],
        ['measure', measure],
        ['region', region],
        ['glossary', glossary],
      ]),
    );
    expect(await page.locator('#search-results .search-result').count()).toBe(seen.length); // one per result
  });

  test(`${locale}: a glossary result leads with the term in the page's language`, async ({ page }) => {
    await page.goto(
      `/${locale}/search/?q=${encodeURIComponent(expectedIn(locale, { zh: '层层加码', en: 'escalate requirements' }))}&kind=glossary`,
    );
    const link = page.locator('#search-results a.search-hit').first();
    await expect(link).toBeVisible();
    const text = (await link.textContent())!.trim();
    expect(text).toMatch(expectedIn(locale, { zh: /^层层加码/, en: /^escalate requirements level by level/ }));
    await expect(link.locator('.label')).toHaveAttribute('lang', langOf(counterpartOf(locale)));
  });

  test(`${locale}: a term in the other language finds its glossary entry, marked where it matched`, async ({
    page,
  }) => {
    const [query, term] = expectedIn(locale, {
      zh: ['resumption', '复工复产'],
      en: ['复工复产', 'resumption of work and production'],
    });
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const link = page
      .locator('#search-results li:has([data-kind="glossary"]) a.search-hit')
      .filter({ has: page.locator('.search-term', { hasText: term }) });
    await expect(link).toHaveCount(1);
    await expect(link.locator('.label mark').first()).toBeVisible();
    await expect(link).toHaveAttribute('href', /glossary\/index\.html#fugong-fuchan$/);
  });

  test(`${locale}: the dialog is compact: filters behind a disclosure, no instructions above the results`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/p3/`);
    await page.keyboard.press('/');
    const dialog = page.locator('#search-dialog');
    await expect(dialog.locator('details.search-filters')).not.toHaveAttribute('open');
    await expect(dialog.locator('select[name=part]')).toBeHidden();
    await expect(dialog.locator('.search-hint')).toHaveCount(0);
    await dialog.locator('summary').click();
    await expect(dialog.locator('select[name=part]')).toBeVisible();
  });

  for (const where of ['dialog', 'search page'] as const) {
    test(`${locale}: in the ${where}, ArrowDown and ArrowUp move through the results and Enter opens the one in focus`, async ({
      page,
    }) => {
      const q = expectedIn(locale, { zh: '企业', en: 'enterprises' });
      if (where === 'dialog') await dialogQuery(page, locale, q);
      else {
        await page.goto(`/${locale}/search/`);
        await query(page, q);
      }
      const input = page.locator('input[name=q]:visible');
      const hits = page.locator('#search-results a.search-hit');
      expect(await hits.count()).toBeGreaterThan(1);
      await input.focus();
      await page.keyboard.press('ArrowDown');
      await expect(hits.nth(0)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(hits.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(hits.nth(0)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(input).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const target = await hits.nth(1).getAttribute('href');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(target!);
    });
  }

  test(`${locale}: an empty box and a query that matches nothing suggest glossary terms, each running its search`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/p3/`);
    await page.keyboard.press('/');
    const suggestions = page.locator('#search-dialog .search-suggest a');
    await expect(suggestions.first()).toBeVisible();
    expect(await suggestions.count()).toBeGreaterThanOrEqual(3);
    expect(await query(page, expectedIn(locale, { zh: '疫苗接种', en: 'vaccination' }))).toEqual([]);
    await expect(suggestions.first()).toBeVisible();
    const term = (await suggestions.first().textContent())!;
    await suggestions.first().click();
    await expect(page.locator('#search-dialog input[name=q]')).toHaveValue(term);
    await expect(page.locator('#search-results')).toHaveAttribute('data-query', term);
    expect(Number(await page.locator('#search-results').getAttribute('data-count'))).toBeGreaterThan(0);
  });

  test(`${locale}: a right-to-left override in the query stays inside its <bdi> in the status line`, async ({
    page,
  }) => {
    const q = `\u202Egnihton ${expectedIn(locale, { zh: '无此词', en: 'zzzq' })}`;
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(q)}`);
    const status = page.locator('[data-search-status]');
    await expect(status.locator('bdi')).toHaveText(q.trim());
    // The sentence around the query is outside the isolate, so the override cannot reorder it.
    const outside = await status.evaluate((node) =>
      [...node.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    );
    expect(outside).not.toContain('\u202E');
    expect(outside.length).toBeGreaterThan(3);
  });
}

test('the "/" hint shows with a mouse and not on a touch screen', async ({ browser }) => {
  for (const [touch, display] of [
    [false, 'block'], // an item of the button's flex row
    [true, 'none'],
  ] as const) {
    const context = await browser.newContext({
      hasTouch: touch,
      isMobile: touch,
      viewport: { width: 820, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/en/p3/`);
    expect(await page.locator('.search-open kbd').evaluate((kbd) => getComputedStyle(kbd).display)).toBe(display);
    await context.close();
  }
});
