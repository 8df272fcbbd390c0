/**
 * One page grid, in both languages, at 390, 820 and 1280 px: on every page kind the header's name, Search and
 * language switch stand where they stand on every other, and the text's column starts at the same place, so that
 * nothing jumps as a reader moves through the site; the side-by-side pages keep within the header's width.
 */
import { test, expect, type Page } from '@playwright/test';
import { LOCALES, PAGE_KINDS as KINDS } from '../support/site.ts';

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
