/**
 * Print, in both languages: on paper the text is set in a serif (Song / FangSong for Chinese), the page
 * names the document, its source and its address (honestly labelled a path when only the path is known), and the
 * navigation is gone, links that go nowhere on paper too; links to other websites print their address; the gap
 * notes stay, said once. The source outlet is named one way on every page.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LOCALES } from '../support/site.ts';
import { builtPages } from '../../tools/built-pages.ts';

const LABEL = {
  zh: { path: '本页在本站内的路径：', address: '本页网址：' },
  en: { path: 'Path of this page within the site: ', address: 'Address of this page: ' },
} as const;

for (const locale of LOCALES) {
  test(`${locale}: printed, a part page is serif, traceable and free of navigation`, async ({ page }) => {
    await page.goto(`/${locale}/p3/`);
    await page.emulateMedia({ media: 'print' });
    const face = await page
      .locator('.passage-text p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);
    expect(face).toMatch(locale === 'zh' ? /^fangsong/i : /^georgia/i);
    expect(face).not.toMatch(/sans/i);
    const heading = page.locator('.print-heading');
    await expect(heading).toBeVisible();
    await expect(heading).toContainText(
      locale === 'zh' ? '《关于实行分类指导精准施策' : 'Opinions on Providing Category-Based Guidance',
    );
    await expect(heading).toContainText(
      locale === 'zh' ? '内蒙古自治区人民政府门户网站' : 'Inner Mongolia Autonomous Region',
    );
    await expect(heading.locator('[data-print-address]')).toContainText(`/${locale}/p3/`);
    // Built without the site's public address, the heading knows only the path, and says so; just before
    // printing, the page puts the address it was read at, and the label for an address, in its place.
    await expect(heading).toContainText(`${LABEL[locale].path}/${locale}/p3/`);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(heading).toContainText(`${LABEL[locale].address}${page.url()}`);
    if (locale === 'en') {
      await expect(heading).toContainText('腾格里新闻 (Tenggeli Xinwen)');
      // The notice stays; its link to the Chinese page, which goes nowhere on paper, does not.
      await expect(page.locator('.notice.translation')).toBeVisible();
      await expect(page.locator('.notice.translation a')).toBeHidden();
    }
    await expect(page.locator('.bilingual-link')).toBeHidden();
    for (const nav of ['.site-header', '#doc-nav', '.breadcrumb', '.contents-bar', '.pager', '.item-tools'])
      await expect(page.locator(nav).first()).toBeHidden();
    await expect(page.locator('.gap-note')).toHaveCount(1);
    await expect(page.locator('.gap-note')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(heading).toBeHidden();
  });

  test(`${locale}: printed side by side, the gaps are said once and marked quietly`, async ({ page }) => {
    await page.goto(`/${locale}/p3/bilingual/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.gap-note')).toHaveCount(1);
    await expect(page.locator('.gap-label')).toHaveCount(20);
    await expect(page.locator('.notice.heading-only')).toHaveCount(0);
  });
}

for (const locale of LOCALES)
  test(`${locale}: printed, a link to another website shows its address; the site's own do not`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    const address = 'http://imline.cn/news/shizheng/2020/01204NR020.html';
    expect(await after(`.prose a[href="${address}"]`)).toBe(locale === 'zh' ? `"（${address}）"` : `" (${address})"`);
    expect(await after('.prose a[href^="../"], .prose a[href^="#"]')).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(await after(`.prose a[href="${address}"]`)).toBe('none');
  });

test('the source outlet is named one way on every page: 腾格里新闻, with "(Tenggeli Xinwen)" in English', () => {
  const english = builtPages().filter((p) => p.startsWith('/en/') && p.endsWith('/'));
  for (const path of english) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    expect(html, path).not.toMatch(/Tengri/i);
    for (const m of html.matchAll(/腾格里新闻(.{0,20})/g)) expect(m[1], path).toMatch(/^ \(Tenggeli Xinwen\)/);
  }
});
