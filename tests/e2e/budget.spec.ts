/**
 * The site's budgets, as byte counts (never times), for every built page in both languages: before any interaction
 * a page fetches at most 4 KiB gzip of JavaScript, every fetch succeeds, nothing shifts while it loads, and no page
 * is heavier than its kind's ceiling (CEILING). The ceilings are what each kind weighs in this build, so no page
 * grows; they are above the aims (15 KiB a page, 12 KiB a part page: BUDGET), which several kinds do not yet meet
 * (docs/PERFORMANCE.md says by how much).
 */
import { test, expect } from '@playwright/test';
import { DESKTOP, PHONE } from '../support/site.ts';
import { builtPages } from '../../tools/built-pages.ts';
import { BUDGET, kib, measurePage } from '../../bench/weight.ts';

const pages = builtPages();

/**
 * The heaviest page of each kind, in gzip bytes before interaction, as this build weighs them with 1 % to spare,
 * rounded up to the next 100 B: what a page of that kind may weigh at most. The first kind whose pattern matches a
 * path is its kind. The part page is still above its aim (BUDGET.part, 12,288 B): docs/PERFORMANCE.md says by how much.
 */
const CEILING: [kind: string, pattern: RegExp, bytes: number][] = [
  ['part', /^\/[a-z]+\/p\d+\/$/, 14_200],
  ['side by side', /\/bilingual\/$/, 16_400],
  ['full text', /\/full\/$/, 15_500],
  ['glossary', /\/glossary\/$/, 15_600],
  ['changes', /\/changes\/$/, 19_000],
  ['regions', /\/regions\/$/, 15_100],
  ['region', /\/regions\/[^/]+\/$/, 14_100],
  ['search', /\/search\/$/, 10_400],
  ['about', /\/about\/$/, 12_500],
  ['404', /^\/404\.html$/, 7_000],
  ['entry', /^\/$/, 6_700],
  ['home', /^\/[a-z]+\/$/, 12_100],
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
