/**
 * Wayfinding, as a reader notices it, in both languages: the document navigator beside the text marks
 * the current page and follows the item being read, never under the header and within the screen; the breadcrumb
 * names where the page sits; on a phone the 目录 / Contents control stays within reach to the end of the full text.
 */
import { test, expect, type Page } from '@playwright/test';
import { expectedIn, LOCALES, PHONE } from '../support/site.ts';
import { passageOfAnchor } from '../../src/lib/document/ids.ts';

const CONTENTS = { zh: '目录', en: 'Contents' } as const;
const readTo = (page: Page, id: string) =>
  page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), id);

for (const locale of LOCALES) {
  test.describe(`${locale}, wide screen`, () => {
    test.use({ viewport: { width: 1280, height: 800 } });

    test(`${locale}: the navigator marks this part and follows the item being read`, async ({ page }) => {
      await page.goto(`/${locale}/p3/`);
      const nav = page.locator('#doc-nav');
      await expect(nav).toBeVisible();
      await expect(nav.locator('a[aria-current="page"]')).toHaveCount(1);
      await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', './index.html');
      // the other parts are listed too, without their items, which would push this part's out of view
      await expect(nav.locator('a[href="../p4/index.html"]')).toBeVisible();
      await expect(nav.locator('a[href^="../p4/index.html#"]')).toHaveCount(0);
      await expect(nav.locator('a[href="#p3-11"]')).toBeVisible();
      // before the first item is reached, the part's own link is drawn as the place being read
      const shaded = (link: ReturnType<Page['locator']>) =>
        link.evaluate((a) => getComputedStyle(a).backgroundColor !== 'rgba(0, 0, 0, 0)');
      expect(await shaded(nav.locator('a[aria-current="page"]'))).toBe(true);
      const expectMarked = async (id: string) => {
        await expect(nav.locator(`a[href="#${id}"]`)).toHaveAttribute('aria-current', 'location');
        await expect(nav.locator('[aria-current="location"]')).toHaveCount(1);
        await expect(nav.locator(`a[href="#${id}"]`)).toBeInViewport(); // kept in view inside the navigator
      };
      // Down, then back up (the heading-only items after (4) are a short list the page's end keeps below the
      // reading line: the end rule below marks them).
      for (const id of ['p3-4', 'p3-3', 'p3-2']) {
        await readTo(page, id);
        await expectMarked(id);
      }
      expect(await shaded(nav.locator('a[aria-current="page"]'))).toBe(false); // one place at a time
      // at the very end, where the last short items cannot reach the top, the last one is marked
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expectMarked('p3-11');
      // a followed link names its item, even near the end
      await page.locator('#doc-nav a[href="#p3-9"]').click();
      await expectMarked('p3-9');
    });

    test(`${locale}: at the very bottom of a part, the language switch keeps the item the navigator marks`, async ({
      page,
    }) => {
      for (const part of ['p3', 'p4']) {
        await page.goto(`/${locale}/${part}/`);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const marked = page.locator('#doc-nav [aria-current="location"]');
        await expect(marked).toHaveCount(1);
        const item = (await marked.getAttribute('href'))!.slice(1);
        await page.locator('.site-header [data-lang-switch]').click();
        await expect(page).not.toHaveURL(new RegExp(`/${locale}/`));
        expect(passageOfAnchor(new URL(page.url()).hash.slice(1)), `${part}: the switch's place`).toBe(item);
      }
    });

    test(`${locale}: the navigator sits below the header and reaches the window's foot, scrolling on its own`, async ({
      page,
    }) => {
      // A long part and a short one, at the top, in the middle and at the very end (where the footer shows): the
      // navigator never rises under the header, never stops short of the window's foot, never covers the footer.
      for (const part of ['p3', 'p1']) {
        await page.goto(`/${locale}/${part}/`);
        for (const at of ['top', 'middle', 'end'] as const) {
          const where = `${part}, ${at}`;
          if (at === 'middle') await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
          if (at === 'end') await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          const header = (await page.locator('.site-header').boundingBox())!;
          const nav = (await page.locator('#doc-nav').boundingBox())!;
          const footer = (await page.locator('.site-footer').boundingBox())!;
          expect(nav.y, `${where}: below the header`).toBeGreaterThanOrEqual(header.y + header.height);
          expect(nav.y + nav.height, `${where}: down to the window's foot`).toBeCloseTo(800, 0);
          expect(footer.x, `${where}: the footer clear of the navigator`).toBeGreaterThanOrEqual(nav.x + nav.width);
        }
      }
      const overflow = await page.locator('#doc-nav').evaluate((el) => getComputedStyle(el).overflowY);
      expect(overflow).toBe('auto');
    });

    test(`${locale}: the navigator's foot says what its ○ means`, async ({ page }) => {
      await page.goto(`/${locale}/p3/`);
      const nav = page.locator('#doc-nav');
      // The rows mark a heading the source gives alone with ○ only, their words kept for screen readers …
      const row = nav.locator('li.heading-only .gap-label').first();
      expect(await row.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/○/);
      expect(await row.evaluate((el) => getComputedStyle(el).fontSize)).toBe('0px');
      // … and the rail's foot, in view at the window's foot, says what ○ stands for, in the page's language.
      const key = await nav.evaluate((el) => {
        const style = getComputedStyle(el, '::after');
        return { content: style.content, display: style.display, position: style.position };
      });
      expect(key.content).toContain('○');
      expect(key.content).toContain(expectedIn(locale, { zh: '仅有标题', en: 'Heading only' }));
      expect(key.position).toBe('sticky');
      expect(key.display).not.toBe('none');
    });

    test(`${locale}: on the full text and side by side the navigator follows too`, async ({ page }) => {
      await page.goto(`/${locale}/full/`);
      await expect(page.locator('#doc-nav a[aria-current="page"]')).toHaveText(
        expectedIn(locale, { zh: '全文', en: 'Full text' }),
      );
      await expect(page.locator('#doc-nav a[href="#p3-4"]')).toBeVisible(); // the full text lists every item
      await readTo(page, 'p4-2');
      await expect(page.locator('#doc-nav a[href="#p4-2"]')).toHaveAttribute('aria-current', 'location');
      await page.goto(`/${locale}/p4/bilingual/`);
      await expect(page.locator('#doc-nav a[aria-current="page"]')).toHaveAttribute('href', './index.html');
      await readTo(page, 'p4-3');
      await expect(page.locator('#doc-nav a[href="#p4-3"]')).toHaveAttribute('aria-current', 'location');
    });

    test(`${locale}: the breadcrumb names the contents, the part and the item the address targets`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/p3/#p3-4`);
      const crumbs = page.locator('nav.breadcrumb li:visible');
      await expect(crumbs).toHaveCount(3);
      await expect(crumbs.nth(0)).toHaveText(CONTENTS[locale]);
      await expect(crumbs.nth(1).locator('a')).toHaveAttribute('aria-current', 'page');
      await expect(crumbs.nth(1)).toHaveText(expectedIn(locale, { zh: '三、工作措施', en: 'III. Measures' }));
      await expect(crumbs.nth(2)).toContainText(
        expectedIn(locale, { zh: '（四）支持企业', en: '(4) Support enterprises' }),
      );
      await page.goto(`/${locale}/regions/baotou/`);
      await expect(page.locator('nav.breadcrumb li:visible')).toHaveCount(3);
      await page.goto(`/${locale}/glossary/`);
      await expect(page.locator('nav.breadcrumb li:visible')).toHaveText([
        CONTENTS[locale],
        expectedIn(locale, { zh: '术语表', en: 'Glossary' }),
      ]);
    });
  });

  test.describe(`${locale}, phone`, () => {
    test.use({ viewport: PHONE });

    test(`${locale}: the contents control stays within reach to the end of the full text, and opens the contents`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/full/`);
      const open = page.getByRole('button', { name: CONTENTS[locale], exact: true });
      await expect(open).toBeInViewport();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(open).toBeInViewport();
      await open.click();
      const nav = page.locator('#doc-nav');
      await expect(nav).toBeVisible();
      await nav.locator('a[href="#p3-4"]').click();
      await expect(nav).toBeHidden();
      await expect(page.locator('#p3-4')).toBeInViewport();
      await expect(page.locator('.contents-bar')).toContainText(expectedIn(locale, { zh: '（四）', en: '(4)' }));
    });
  });

  test.describe(`${locale}, without JavaScript`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    test(`${locale}: the navigator's links still work`, async ({ page }) => {
      await page.goto(`/${locale}/p4/`);
      await page.locator('#doc-nav a[href="../p3/index.html"]').click();
      await expect(page).toHaveURL(/\/p3\/index\.html$/);
      await page.locator('#doc-nav a[href="#p3-4"]').click();
      await expect(page).toHaveURL(/\/p3\/index\.html#p3-4$/);
      await expect(page.locator('#p3-4')).toBeInViewport();
    });
  });
}
