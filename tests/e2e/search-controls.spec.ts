/**
 * The search filters in the site's colours, on the search page and in the dialog, light and dark: checked boxes
 * and the part list take the site's red, not the browser's blue, and the list is drawn like the search box.
 */
import { test, expect, type Page } from '@playwright/test';
import { LOCALES } from '../support/site.ts';

const ACCENT = { light: 'rgb(155, 28, 28)', dark: 'rgb(240, 140, 124)' } as const;

async function expectSiteControls(page: Page, scope: string, scheme: keyof typeof ACCENT) {
  const box = page.locator(`${scope} .search-filters input[type="checkbox"]`).first();
  const list = page.locator(`${scope} .search-filters select`);
  await expect(box).toBeVisible();
  await expect(box).toBeChecked();
  for (const control of [box, list])
    expect(await control.evaluate((el) => getComputedStyle(el).accentColor)).toBe(ACCENT[scheme]);
  const [listBorder, inputBorder] = await Promise.all(
    [list, page.locator(`${scope} .search-input`)].map((el) => el.evaluate((e) => getComputedStyle(e).borderTopColor)),
  );
  expect(listBorder).toBe(inputBorder);
}

for (const locale of LOCALES)
  for (const scheme of ['light', 'dark'] as const)
    test(`${locale}, ${scheme}: the search filters are in the site's colours, on the page and in the dialog`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${locale}/search/`);
      await expectSiteControls(page, 'main', scheme);
      await page.goto(`/${locale}/p4/`);
      await page.keyboard.press('/');
      await page.locator('.search-dialog .search-filters summary').click();
      await expectSiteControls(page, '.search-dialog', scheme);
    });
