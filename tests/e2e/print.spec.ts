/**
 * Issue 10, print, in both languages: on paper the text is set in a serif (Song / FangSong for Chinese), the page
 * names the document, its source and its address, and the navigation is gone; the gap notes stay, said once.
 */
import { test, expect } from '@playwright/test';
import { LOCALES } from '../support/site.ts';

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
