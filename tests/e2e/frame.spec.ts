/**
 * One page grid, in both languages, at 390, 820 and 1280 px: on every page kind the header's name, Search and
 * language switch stand where they stand on every other, and the text's column starts at the same place, so that
 * nothing jumps as a reader moves through the site; the side-by-side pages keep within the header's width. The
 * header's buttons are of one kind; Tab meets them in the order they stand; Escape closes the phone's menu.
 */
import { test, expect, type Page } from '@playwright/test';
import { LOCALES, PAGE_KINDS as KINDS, PHONE, expectedIn } from '../support/site.ts';

/** Where the frame's parts stand: the header's three, and the left edge of the page's first heading. */
const frameOf = (page: Page) =>
  page.evaluate(() => {
    const x = (selector: string) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? `${Math.round(box.left)}–${Math.round(box.right)}` : 'none';
    };
    return {
      name: x('.site-header .site-name'),
      search: x('.site-header .search-open'),
      // The header's switch, or on reading pages below the wide layout the room it keeps (the reading bar shows it).
      switch: x('.site-header .lang-switch'),
      text: Math.round(document.querySelector('main h1')!.getBoundingClientRect().left),
      right: Math.round(document.querySelector('main')!.getBoundingClientRect().right),
      // The right edge of the header's last control (on phones the menu of links, wider the language switch).
      header: Math.round(
        Math.max(...[...document.querySelectorAll('.site-header > *')].map((el) => el.getBoundingClientRect().right)),
      ),
    };
  });

for (const locale of LOCALES)
  for (const width of [390, 820, 1280])
    test(`${locale}, ${width} px: the header and the text's column stand in the same place on every page kind`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const frames: Record<string, Awaited<ReturnType<typeof frameOf>>> = {};
      for (const kind of KINDS) {
        await page.goto(`/${locale}/${kind}`);
        frames[kind] = await frameOf(page);
      }
      const first = frames['']!;
      for (const [kind, frame] of Object.entries(frames)) {
        const where = `/${locale}/${kind} against /${locale}/`;
        expect({ name: frame.name, search: frame.search, switch: frame.switch }, where).toEqual({
          name: first.name,
          search: first.search,
          switch: first.switch,
        });
        expect(frame.text, `${where}: the text's column`).toBe(first.text);
        expect(frame.right, `${where}: within the header's width`).toBeLessThanOrEqual(frame.header + 1);
      }
    });

/** The header's controls, in the order Tab reaches them from the page's start (after the skip link), by what they show. */
const tabOrder = async (page: Page, count: number) => {
  await page.locator('.skip').focus();
  const order: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => (document.activeElement as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
  }
  return order;
};

for (const locale of LOCALES) {
  const SEARCH = expectedIn(locale, { zh: '搜索', en: 'Search' });
  const MENU = expectedIn(locale, { zh: '菜单', en: 'Menu' });
  const OTHER = expectedIn(locale, { zh: 'English', en: '中文' });

  for (const width of [390, 820, 1280])
    for (const scheme of ['light', 'dark'] as const)
      test(`${locale}, ${width} px, ${scheme}: Search, the language switch and Menu are one kind of button`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${locale}/glossary/`);
        const buttons = page.locator('.site-header').locator('.search-open, .lang-switch, summary');
        const shapes = await buttons.evaluateAll((els) =>
          els
            .filter((el) => el.getBoundingClientRect().width > 0)
            .map((el) => {
              const style = getComputedStyle(el);
              const { height } = el.getBoundingClientRect();
              return [Math.round(height), style.borderRadius, style.borderTopWidth, style.paddingLeft].join(' ');
            }),
        );
        expect(shapes.length, 'buttons shown').toBeGreaterThanOrEqual(width < 576 ? 3 : 2);
        expect(new Set(shapes).size, shapes.join(' | ')).toBe(1);
      });

  test(`${locale}, phone: Tab meets the header's controls in the order they stand: name, switch, Search, Menu`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/glossary/`);
    const [, ...controls] = await tabOrder(page, 4);
    expect(controls).toEqual([OTHER, SEARCH, MENU]);
    // On a page read item by item the switch is in the contents bar, and the header's row is Search, Menu.
    await page.goto(`/${locale}/p3/`);
    expect((await tabOrder(page, 3)).slice(1)).toEqual([SEARCH, MENU]);
  });

  test(`${locale}, wide: Tab meets the header's controls in the order they stand: links, Search, switch`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}/glossary/`);
    const links = expectedIn(locale, {
      zh: ['目录', '全文', '术语', '盟市', '关于本文本'],
      en: ['Contents', 'Full text', 'Glossary', 'Leagues and cities', 'About'],
    });
    expect((await tabOrder(page, 8)).slice(1)).toEqual([...links, `${SEARCH} /`, OTHER]);
  });

  test(`${locale}, phone: Escape closes the menu and leaves the focus on its button`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/p3/`);
    const menu = page.locator('.site-menu');
    await menu.locator('summary').click();
    await expect(menu.getByRole('link', { name: expectedIn(locale, { zh: '术语', en: 'Glossary' }) })).toBeVisible();
    await page.keyboard.press('Tab'); // into the links
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open');
    await expect(menu.locator('summary')).toBeFocused();
    await expect(menu.locator('ul')).toBeHidden();
  });
}
