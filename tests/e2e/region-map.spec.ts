import { test, expect, type Page } from '@playwright/test';
import { expectedIn, LOCALES, PHONE } from '../support/site.ts';
import { ARC, REGION_IDS as ids, regionHeading, regionName as nameOf, NAMED } from '../support/regions.ts';

for (const locale of LOCALES) {
  test(`${locale}: the map is captioned as a schematic; each region is a link of its outline, named as labelled`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/regions/`);
    const figure = page.locator('figure.region-map');
    await expect(figure.locator('figcaption')).toContainText(
      expectedIn(locale, { zh: '示意图，不作为区划界线的依据', en: 'A schematic map, not an authority on boundaries' }),
    );
    const links = figure.locator('svg a');
    await expect(links).toHaveCount(12);
    for (const id of ids) {
      const name = nameOf(id, locale);
      const link = figure.getByRole('link', {
        name: NAMED.includes(id) ? new RegExp(`^${name}[（ (]`) : name,
        exact: !NAMED.includes(id),
      });
      await expect(link).toHaveAttribute('data-region', id);
      // a real outline (many vertices), and the visible words (without the star) are the accessible name's start
      expect((await link.locator('path.outline').getAttribute('d'))!.length, id).toBeGreaterThan(60);
      const label = await link.locator('text.region-name').evaluate((t) =>
        [...t.childNodes]
          .filter((n) => !(n as Element).classList?.contains('marker'))
          .map((n) => n.textContent)
          .join(''),
      );
      expect(label).toBe(name);
    }
  });

  test(`${locale}: the three named in IV (3) differ without colour: hatching, a heavier outline and a star`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/regions/`);
    for (const id of ids) {
      const region = page.locator(`svg a[data-region="${id}"]`);
      const style = await region
        .locator('path.outline')
        .evaluate((p) => ({ fill: getComputedStyle(p).fill, width: parseFloat(getComputedStyle(p).strokeWidth) }));
      const named = NAMED.includes(id);
      expect(style.fill.includes('url(') && style.fill.includes('region-map-hatch'), id).toBe(named);
      expect(style.width >= 2.5, id).toBe(named);
      await expect(region.locator('.marker')).toHaveCount(named ? 1 : 0);
    }
    // the legend explains the marking with the same hatch
    const key = page.locator('figcaption .legend-key .outline');
    expect(await key.evaluate((r) => getComputedStyle(r).fill)).toContain('region-map-hatch');
  });

  test(`${locale}: every name is at least 12 px on a 390 px phone`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/regions/`);
    const sizes = await page
      .locator('svg a text.region-name')
      .evaluateAll((texts) =>
        texts.map(
          (t) =>
            [
              t.closest('a')!.getAttribute('data-region'),
              parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a,
            ] as const,
        ),
      );
    expect(sizes).toHaveLength(12);
    for (const [id, px] of sizes) expect(px, id!).toBeGreaterThanOrEqual(12);
    // and the map fits the screen: no sideways scrolling
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test(`${locale}: Tab visits every region along the arc with a visible focus, and each link opens its page`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/regions/`);
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? '');
    for (let i = 0; i < 20 && !(await active()); i++) await page.keyboard.press('Tab');
    const visited = [await active()];
    for (let i = 1; i < 12; i++) {
      await page.keyboard.press('Tab');
      visited.push(await active());
    }
    expect(visited).toEqual(ARC);
    // focus shows on the shape itself: the focused outline changes colour and width
    const outline = () =>
      page
        .locator('svg a[data-region="hulunbuir"] path.outline')
        .evaluate((p) => `${getComputedStyle(p).stroke} ${getComputedStyle(p).strokeWidth}`);
    const focused = await outline();
    await page.keyboard.press('Shift+Tab');
    expect(await active()).toBe('hinggan');
    expect(focused).not.toBe(await outline());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/regions/hinggan/index\\.html$`));
    await expect(page.locator('h1')).toHaveText(regionHeading('hinggan', locale));
    // every other link opens its own region's page
    await page.goto(`/${locale}/regions/`);
    for (const id of ids) {
      const href = await page.locator(`svg a[data-region="${id}"]`).getAttribute('href');
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status(), id).toBe(200);
      expect(await response.text()).toContain(`<h1>${nameOf(id, locale)}`);
    }
  });
}

test('dark mode and print: the outlines and names follow the colour scheme; print stays white', async ({ browser }) => {
  const look = async (scheme: 'light' | 'dark', media: 'screen' | 'print' = 'screen') => {
    const page: Page = await browser.newPage({ colorScheme: scheme });
    await page.emulateMedia({ media });
    await page.goto('/en/regions/');
    const fill = await page
      .locator('svg a[data-region="ordos"] path.outline')
      .evaluate((p) => getComputedStyle(p).fill);
    const text = await page
      .locator('svg a[data-region="ordos"] text.region-name')
      .evaluate((t) => getComputedStyle(t).fill);
    await page.close();
    return [fill, text];
  };
  const [light, dark, print] = [await look('light'), await look('dark'), await look('light', 'print')];
  expect(light[0]).not.toBe(dark[0]);
  expect(light[1]).not.toBe(dark[1]);
  expect(print[0]).toBe('rgb(255, 255, 255)');
});
