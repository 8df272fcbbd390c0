/**
 * Quality gates on every built page, both languages, whatever pages exist: axe-core (WCAG 2.0–2.2 A/AA and
 * best practice) in light and dark, html-validate, a strict CSP without violations, no script error, no request
 * to another origin, and no horizontal scrolling at 320 CSS pixels. Served by playwright.config's server (--csp).
 */
import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { builtPages } from '../../tools/built-pages.ts';
import { axeViolations, projectValidator, watch } from '../support/gates.ts';

/** The file a site path is built to. */
const fileOf = (path: string) => join('dist', path.endsWith('/') ? path + 'index.html' : path);

const validator = projectValidator();

for (const path of builtPages()) {
  test.describe(path, () => {
    test('html-validate finds no error', async () => {
      const report = await validator.validateFile(fileOf(path));
      const errors = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector})`),
      );
      expect(errors).toEqual([]);
    });

    // One visit per page: narrow and light first, then, on the same page, wide and dark.
    test('at 320 px: no axe violation, no horizontal scrolling, no CSP violation, script error or foreign request; wide and dark: no axe violation', async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width: 320, height: 720 });
      const faults = await watch(page, new URL(baseURL!).origin);
      const response = await page.goto(path);
      expect(response?.ok(), `${path} answers ${response?.status()}`).toBe(true);
      // Use what there is to use, so that lazily loaded code runs under the CSP too (e.g. a search box).
      for (const box of await page.locator('input[type=search]:visible').all()) await box.fill('疫情');
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(width.scroll, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(width.client);
      expect(await axeViolations(page), 'at 320 px, light').toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page), 'at 1280 px, dark').toEqual([]);
      expect(await faults()).toEqual([]);
    });
  });
}
