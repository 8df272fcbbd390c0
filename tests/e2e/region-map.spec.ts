import { test, expect, type Page } from '@playwright/test';
import { LOCALES } from '../support/site.ts';
import { REGION_IDS as ids, regionName as nameOf, NAMED } from '../support/regions.ts';

for (const locale of LOCALES) {
  test(`${locale}: the schematic is labelled as such, its tiles are links with accessible names`, async ({ page }) => {
    await page.goto(`/${locale}/regions/`);
    const figure = page.locator('figure.region-map');
    await expect(figure).toContainText(locale === 'zh' ? '示意图，不是测绘地图' : 'A schematic, not a survey map');
    const links = figure.locator('svg a');
    await expect(links).toHaveCount(12);
    for (const id of ids) {
      const name = nameOf(id, locale);
      const link = figure.getByRole('link', { name: NAMED.includes(id) ? new RegExp(`^${name}[（ (]`) : name, exact: !NAMED.includes(id) });
      await expect(link).toHaveAttribute('data-region', id);
      await expect(link.locator('text.tile-name')).toHaveText(name); // the visible words match the accessible name
    }
    // the named three differ by more than colour: a star and a thicker outline
    for (const id of ids) {
      const tile = figure.locator(`a[data-region="${id}"]`);
      await expect(tile.locator('text.marker')).toHaveCount(NAMED.includes(id) ? 1 : 0);
      const width = await tile.locator('rect').evaluate((r) => parseFloat(getComputedStyle(r).strokeWidth));
      expect(width > 3, id).toBe(NAMED.includes(id));
    }
  });

  test(`${locale}: the schematic works by keyboard with a visible focus`, async ({ page }) => {
    await page.goto(`/${locale}/regions/`);
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? '');
    for (let i = 0; i < 20 && !(await active()); i++) await page.keyboard.press('Tab');
    const names = [await active()];
    for (let i = 1; i < 12; i++) {
      await page.keyboard.press('Tab');
      names.push(await active());
    }
    // west to east, as the picture reads
    expect(names).toEqual(['alxa', 'bayannur', 'wuhai', 'baotou', 'ordos', 'ulanqab', 'hohhot', 'xilingol', 'chifeng', 'hulunbuir', 'hinggan', 'tongliao']);
    // focus is visible: the focused tile's outline changes colour and width
    const outline = () => page.locator('svg a[data-region="tongliao"] rect').evaluate((r) => `${getComputedStyle(r).stroke} ${getComputedStyle(r).strokeWidth}`);
    const focusedOutline = await outline();
    await page.keyboard.press('Shift+Tab');
    expect(await active()).toBe('hinggan');
    expect(focusedOutline).not.toBe(await outline());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/regions/hinggan/index\\.html$`));
    await expect(page.locator('h1')).toHaveText(nameOf('hinggan', locale));
  });
}

test('dark mode: the tiles follow the colour scheme', async ({ browser }) => {
  const fill = async (scheme: 'light' | 'dark') => {
    const page: Page = await browser.newPage({ colorScheme: scheme });
    await page.goto('/en/regions/');
    const value = await page.locator('svg a[data-region="ordos"] rect').evaluate((r) => getComputedStyle(r).fill);
    const text = await page.locator('svg a[data-region="ordos"] text.tile-name').evaluate((r) => getComputedStyle(r).fill);
    await page.close();
    return [value, text];
  };
  const [light, dark] = [await fill('light'), await fill('dark')];
  expect(light[0]).not.toBe(dark[0]);
  expect(light[1]).not.toBe(dark[1]);
});
