/**
 * Every page below a language's contents page says where it sits: a breadcrumb whose first crumb, 目录 / Contents,
 * leads back to the contents, and whose last names the page itself. Checked on every built page, in both languages.
 */
import { test, expect } from '@playwright/test';
import { LOCALES } from '../support/site.ts';
import { builtPages } from '../../tools/built-pages.ts';

const CONTENTS = { zh: '目录', en: 'Contents' } as const;

for (const locale of LOCALES) {
  test(`${locale}: every page below the contents has a breadcrumb back to it`, async ({ page, baseURL }) => {
    const pages = builtPages().filter((p) => p.startsWith(`/${locale}/`) && p !== `/${locale}/` && p.endsWith('/'));
    expect(pages).toEqual(
      expect.arrayContaining(['about/', 'glossary/', 'regions/', 'search/', 'changes/'].map((p) => `/${locale}/${p}`)),
    );
    const contents = new URL(`/${locale}/index.html`, baseURL).href;
    for (const path of pages) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      const crumbs = page.locator('nav.breadcrumb a');
      await expect(crumbs.first(), path).toBeVisible();
      await expect(crumbs.first(), path).toHaveText(CONTENTS[locale]);
      expect(await crumbs.first().evaluate((a) => (a as HTMLAnchorElement).href), path).toBe(contents);
      await expect(page.locator('nav.breadcrumb a[aria-current="page"]'), path).toHaveCount(1);
    }
  });
}
