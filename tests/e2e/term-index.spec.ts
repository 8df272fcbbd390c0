/**
 * The glossary's jump list at the top of the page leads with each term in the page's language: the English page
 * names the English term with the Chinese beside it, the Chinese page the Chinese term; in the order the entries
 * follow, each leading to its entry.
 */
import { test, expect } from '@playwright/test';
import { LOCALES } from '../support/site.ts';
import { isSource, langOf } from '../../src/i18n/locales.ts';

for (const locale of LOCALES)
  test(`${locale}: the term index leads with the page's language and follows the entries`, async ({ page }) => {
    await page.goto(`/${locale}/glossary/`);
    const links = page.locator('.term-index a');
    expect(await links.count()).toBeGreaterThan(20);
    const entries = await page.locator('.term-entry').evaluateAll((sections) =>
      sections.map((s) => ({
        id: s.id,
        zh: s.querySelector('h3 [lang="zh-CN"]')!.textContent!.trim(),
        en: s.querySelector('h3 [lang="en"]')!.textContent!.trim(),
      })),
    );
    const shown = await links.evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        first: a.firstElementChild!.textContent!.trim(),
        firstLang: a.firstElementChild!.getAttribute('lang'),
        text: a.textContent!.replace(/\s+/g, ' ').trim(),
      })),
    );
    expect(shown.map((s) => s.href)).toEqual(entries.map((e) => `#${e.id}`));
    for (const [i, s] of shown.entries()) {
      const e = entries[i]!;
      if (!isSource(locale)) {
        expect(s).toMatchObject({ first: e.en, firstLang: langOf(locale) });
        expect(s.text).toBe(`${e.en} ${e.zh}`);
      } else expect(s).toMatchObject({ first: e.zh, firstLang: langOf(locale), text: e.zh });
    }
    await links.nth(3).click();
    await expect(page.locator(`[id="${entries[3]!.id}"]`)).toBeInViewport();
  });
