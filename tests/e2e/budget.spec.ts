/**
 * The site's budgets, as byte counts (never times), for every built page in both languages:
 * before any interaction a page fetches at most 15 KiB gzip in all (HTML, CSS, JS, images, fonts), a part page at
 * most 12 KiB, and at most 4 KiB gzip of JavaScript; no page is heavier than the heaviest page of its kind was
 * before the reading pages were reworked (CEILING); every fetch succeeds, and nothing shifts while it loads.
 */
import { test, expect } from '@playwright/test';
import { DESKTOP, PHONE } from '../support/site.ts';
import { builtPages } from '../../tools/built-pages.ts';
import { BUDGET, kib, measurePage } from '../../bench/weight.ts';

const pages = builtPages();

/**
 * The heaviest page of each kind, in gzip bytes before interaction, as built before the reading pages were reworked
 * (item tools, print, one page grid): what a page of that kind may weigh at most, so that no page grows. The first
 * kind whose pattern matches a path is its kind.
 */
const CEILING: [kind: string, pattern: RegExp, bytes: number][] = [
  ['part', /^\/[a-z]+\/p\d+\/$/, BUDGET.part],
  ['side by side', /\/bilingual\/$/, 16_591],
  ['full text', /\/full\/$/, 16_885],
  ['glossary', /\/glossary\/$/, 16_126],
  ['changes', /\/changes\/$/, 17_951],
  ['regions', /\/regions\/$/, 15_604],
  ['region', /\/regions\/[^/]+\/$/, 14_537],
  ['search', /\/search\/$/, 10_984],
  ['about', /\/about\/$/, 12_764],
  ['404', /^\/404\.html$/, 6_221],
  ['entry', /^\/$/, 6_612],
  ['home', /^\/[a-z]+\/$/, 12_583],
];
const ceilingOf = (path: string) => CEILING.find(([, pattern]) => pattern.test(path));

test('every page has a kind, and so a ceiling', () => {
  for (const path of pages) expect(ceilingOf(path), path).toBeDefined();
});

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
        const [kind, , ceiling] = ceilingOf(path)!;
        expect(
          weight.gzip.total,
          `${kind}: ${weight.gzip.total} B gzip in all, at most ${ceiling}:\n${listing}`,
        ).toBeLessThanOrEqual(ceiling);
        expect(weight.gzip.js, `${kib(weight.gzip.js)} KiB gzip of JS:\n${listing}`).toBeLessThanOrEqual(BUDGET.js);
        expect(weight.cls, `layout shift while loading; moved: ${weight.moved.join(', ')}`).toBe(BUDGET.cls);
      });
    }
  });
}
