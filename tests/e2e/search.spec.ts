import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectedIn, LOCALES } from '../support/site.ts';
import { langOf } from '../../src/i18n/locales.ts';
import { builtRecords, expectedIds, searchQueries } from '../../bench/search-expect.ts';
import { isPassageId } from '../../src/lib/document/ids.ts';
import { query } from '../support/search-ui.ts';
import { mirrorServer } from '../support/mirror.ts';

for (const locale of LOCALES) {
  // The regression set: its expected results are computed with the engine's own rule (bench/search-expect.ts), so
  // this checks that exact matching stays exact, not how good search is (tests/e2e/search-natural.spec.ts does).
  test(`${locale}: regression set: every query's exact results are exactly the records that contain it`, async ({
    page,
  }) => {
    test.setTimeout(180_000); // about 50 queries, each typed and rendered
    const records = builtRecords(locale);
    await page.goto(`/${locale}/search/`);
    for (const q of searchQueries().filter((s) => s.locale === locale)) {
      const expected = expectedIds(records, q);
      const got = await query(page, q.q, 'exact');
      expect(got.toSorted(), `${q.q}`).toEqual(expected.toSorted());
      // Absent from the policy's text: no passage, exact or related (a local measure may treat it).
      if (q.type === 'absent') expect((await query(page, q.q)).filter(isPassageId), q.q).toEqual([]);
    }
  });

  test(`${locale}: ?q= shows results on load, and a result leads to its item's anchor`, async ({ page }) => {
    const q = expectedIn(locale, { zh: '复工复产', en: 'resume' });
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(q)}`);
    const forms = expectedIn(locale, {
      zh: undefined,
      en: [['resume', 'resumes', 'resumed', 'resuming', 'resumption']],
    });
    const expected = expectedIds(builtRecords(locale), { locale, q, type: 'word', forms });
    await expect(page.locator('#search-results li[data-match=exact] a.search-hit')).toHaveCount(expected.length);
    // the item comes first, before the glossary entries that mention the term
    const link = page.locator('#search-results a.search-hit').first();
    await expect(link).toHaveAttribute('href', /\/p3\/index\.html#p3-4$/);
    await expect(link.locator('.label')).toHaveText(expectedIn(locale, { zh: '三（四）', en: 'III (4)' })); // cited with its part
    await expect(page.locator('#search-results mark').first()).toHaveText(
      expectedIn<string | RegExp>(locale, { zh: '复工复产', en: /resum/i }),
    );
    await expect(page.locator('[data-search-status]')).toContainText(String(expected.length));
    await link.click();
    await expect(page).toHaveURL(/\/p3\/index\.html#p3-4$/);
    await expect(page.locator('#p3-4')).toBeInViewport();
  });

  test(`${locale}: filters by part and by kind`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    const q = expectedIn(locale, { zh: '企业', en: 'enterprises' });
    expect((await query(page, q, 'exact')).sort()).toEqual(
      expectedIds(builtRecords(locale), { locale, q, type: 'word' }).sort(),
    );
    await page.selectOption('select[name=part]', '4');
    await expect(page.locator('#search-results a.search-hit')).toHaveCount(1);
    await expect(page.locator('#search-results a.search-hit')).toHaveAttribute('href', /#p4-2$/);
    const kinds = page.locator('input[name=kind]');
    await expect(kinds).toHaveCount(4); // policy text, local measures, region notes, glossary
    for (const kind of await kinds.all()) await kind.uncheck();
    await expect(page.locator('#search-results a.search-hit')).toHaveCount(0);
    for (const kind of await kinds.all()) await kind.check();
    // The address holds query and filters, so a filtered search can be shared.
    expect(new URL(page.url()).searchParams.get('part')).toBe('4');
    await page.goto(page.url());
    await expect(page.locator('select[name=part]')).toHaveValue('4');
    await expect(page.locator('#search-results a.search-hit')).toHaveCount(1);
  });

  test(`${locale}: Enter in the dialog opens the search page with the query`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type(expectedIn(locale, { zh: '风险', en: 'risk' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/index\\.html\\?q=`));
    await expect(page.locator('#search-results a.search-hit[href$="#p4-2"]')).toHaveCount(1);
  });

  test(`${locale}: "/" and Ctrl+K open the search dialog from any page; Esc closes it and focus returns`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/p4/`);
    const dialog = page.locator('#search-dialog');
    await expect(dialog).not.toBeVisible();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('input[name=q]')).toBeFocused();
    const q = expectedIn(locale, { zh: '加码', en: 'formalism' });
    const found = await query(page, q, 'exact');
    expect(found[0]).toBe('p4-3');
    expect([...found].sort()).toEqual(expectedIds(builtRecords(locale), { locale, q, type: 'word' }).sort());
    await expect(dialog.locator('[role=status]')).toHaveAttribute('aria-live', 'polite');
    await page.keyboard.press('Escape');
    await expect(dialog).not.toBeVisible();
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    const button = page.locator('[data-search-open]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
  });

  test(`${locale}: hostile input gets no error and injects nothing`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`/${locale}/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.locator('#search-results')).toHaveAttribute('data-query', '<img src=x onerror=alert(1)>');
    for (const q of [
      '',
      'x'.repeat(2000),
      '复'.repeat(2000),
      '<script>alert(1)</script>',
      '😀🎉🇨🇳',
      '，。！？……——',
      '!!!???',
      '复工 work',
      '"unterminated',
      'ＲＥＳＵＭＥ',
    ]) {
      await query(page, q);
      await expect(page.locator('[data-search-status]')).not.toBeEmpty();
    }
    // mixed scripts: an exact match holds both in one record; no policy item's English holds 复工 (related ones may
    // hold one of them, marked so)
    const mixed = await query(page, '复工 resumption', 'exact');
    expect(mixed.filter(isPassageId)).toEqual([]);
    const records = builtRecords(locale);
    for (const id of mixed) {
      const record = records.find((r) => r.id === id)!;
      expect(`${record.heading} ${record.text} ${record.label}`).toContain('复工');
    }
    await expect(page.locator('main img, main script:not([src])')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test(`${locale}: without JavaScript the search page says so and links the full text; the header's Search leads there`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/search/?q=test`);
    const notice = page.locator('.search-noscript');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('JavaScript');
    await expect(notice.locator('a')).toHaveAttribute('href', '../full/index.html');
    // The header's Search is this page, marked as such; on any other page it is a link here.
    await expect(page.locator('.site-header .search-open')).toHaveAttribute('aria-current', 'page');
    await page.goto(`/${locale}/p3/`);
    await page.locator('.site-header .search-open').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/(index\\.html)?$`));
    await context.close();
  });
}

test('the bilingual entry page has a search box per language, leading to the search page in that language', async ({
  page,
}) => {
  for (const [locale, q] of [
    ['zh', '用工'],
    ['en', 'labor'],
  ] as const) {
    await page.goto('/');
    const form = page.locator(`section[lang="${langOf(locale)}"] form[role=search]`);
    await form.locator('input[name=q]').fill(q);
    await form.locator('input[name=q]').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/index\\.html\\?q=`));
    await expect(page.locator('#search-results a.search-hit').first()).toHaveAttribute('href', /#p3-4$/);
  }
});

test('search works when the site is served under a deep sub-path', async ({ page }) => {
  const mirror = await mirrorServer('/a/b/c/');
  try {
    await page.goto(`${mirror.root}en/search/?q=resume`);
    await expect(page.locator('#search-results a.search-hit[href$="#p3-4"]')).toHaveAttribute(
      'href',
      `${mirror.root}en/p3/index.html#p3-4`,
    );
    await page.goto(`${mirror.root}zh/full/`);
    await page.keyboard.press('Control+k');
    expect((await query(page, '层层加码'))[0]).toBe('p4-3');
  } finally {
    mirror.close();
  }
});

for (const locale of LOCALES) {
  test(`${locale}: region pages and glossary entries are found under their own filters`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    const q = expectedIn(locale, { zh: '呼和浩特', en: 'Hohhot' });
    const all = await query(page, q);
    // A reader who types a place's name is looking for its page, which gathers what the text asks of it; then the text.
    expect(all.slice(0, 2)).toEqual(['region-hohhot', 'p4-3']);
    expect(all).toEqual(expect.arrayContaining(['region-hohhot', 'term-hohhot']));
    for (const kind of ['policy', 'measure', 'glossary'])
      await page.locator(`input[name=kind][value=${kind}]`).uncheck();
    await expect(page.locator('#search-results a.search-hit')).toHaveCount(1);
    await page.locator('#search-results a.search-hit').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/regions/hohhot/index\\.html$`));
    await expect(page.locator('h1')).toContainText(expectedIn(locale, { zh: '呼和浩特市', en: 'Hohhot' }));
  });
}

test('the dialog lists the parts to filter by once opened, while each page carries only "all parts" (pages do not grow with the document)', async ({
  page,
}) => {
  const html = readFileSync('dist/en/p4/index.html', 'utf8');
  expect(html.match(/<select name="part">.*?<\/select>/)?.[0].match(/<option/g)).toHaveLength(1);
  await page.goto('/en/p4/');
  await page.keyboard.press('/');
  await page.locator('#search-dialog summary').click(); // the filters sit behind a disclosure
  const options = page.locator('#search-dialog select[name=part] option');
  await expect(options).toHaveText([
    'All parts',
    'I. Guiding Ideology',
    'III. Measures',
    'IV. Organizational Safeguards',
  ]);
  await page.selectOption('#search-dialog select[name=part]', '4');
  expect(await query(page, 'enterprises')).toEqual(['p4-2']);
});
