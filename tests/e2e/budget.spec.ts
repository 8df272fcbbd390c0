/**
 * The site's budgets, as byte counts (never times), for every built page in both languages:
 * before any interaction a page fetches at most 15 KiB gzip in all (HTML, CSS, JS, images, fonts)
 * and at most 4 KiB gzip of JavaScript, every fetch succeeds, and nothing shifts while it loads.
 */
import { test, expect } from '@playwright/test';
import { DESKTOP, PHONE } from '../support/site.ts';
import { builtPages } from '../../tools/built-pages.ts';
import { BUDGET, kib, measurePage } from '../../bench/weight.ts';

const pages = builtPages();

test('the budget covers pages of both languages', () => {
  expect(pages.filter((p) => p.startsWith('/zh/')).length).toBeGreaterThan(3);
  expect(pages.filter((p) => p.startsWith('/en/')).length).toBe(pages.filter((p) => p.startsWith('/zh/')).length);
});

// A phone first (where shifts hurt most and Lighthouse looks), then a wide screen, where the part
// page's "on this page" column appears.
for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`${viewport.width}px`, () => {
    test.use({ viewport });
    for (const path of pages) {
      test(`${path} stays within budget`, async ({ page }) => {
        const weight = await measurePage(page, path);
        const listing = weight.fetched.map((f) => `${f.status} ${f.type} ${f.gzip} B ${f.url}`).join('\n');
        expect(weight.fetched.filter((f) => f.status >= 400).length, `failed fetches:\n${listing}`).toBe(0);
        expect(weight.gzip.total, `${kib(weight.gzip.total)} KiB gzip in all:\n${listing}`).toBeLessThanOrEqual(
          BUDGET.total,
        );
        expect(weight.gzip.js, `${kib(weight.gzip.js)} KiB gzip of JS:\n${listing}`).toBeLessThanOrEqual(BUDGET.js);
        expect(weight.cls, `layout shift while loading; moved: ${weight.moved.join(', ')}`).toBe(BUDGET.cls);
      });
    }
  });
}
