/**
 * Search quality on the natural query set (tests/fixtures/search-natural.json, judged by hand): typed into the search
 * page as a reader would, each language's queries must put a relevant passage or measure first at least as often as
 * the floors below, measured when they were set (npm run bench:search prints the figures, docs/PERFORMANCE.md keeps
 * them), and no negative query may return a passage or measure.
 */
import { test, expect } from '@playwright/test';
import { LOCALES } from '../support/site.ts';
import { query } from '../support/search-ui.ts';
import { naturalSet, scoreNatural } from '../../bench/search-natural.ts';

/** Measured 31/31 (zh) and 25/28 (en) first results relevant, recall@5 0.96 and 0.82, no false positive. */
const FLOOR = {
  zh: { success1: 29, recall5: 0.9 },
  en: { success1: 23, recall5: 0.75 },
} as const;

for (const locale of LOCALES) {
  test(`${locale}: the natural query set meets its floor, and negative queries find nothing`, async ({ page }) => {
    test.setTimeout(240_000); // about 40 queries, each typed and rendered
    const set = naturalSet();
    await page.goto(`/${locale}/search/`);
    const answers = [];
    for (const q of set.queries.filter((s) => s.page === locale))
      answers.push({ query: q, ids: await query(page, q.q) });
    const negatives = [];
    for (const q of set.negatives.filter((s) => s.page === locale))
      negatives.push({ query: q, ids: await query(page, q.q) });
    const score = scoreNatural(answers, negatives);
    console.log(
      `${locale}: ${score.success1}/${score.queries} first results relevant, recall@5 ${score.recall5.toFixed(3)}, MRR ${score.mrr.toFixed(3)}, ${score.falsePositives}/${score.negatives} negatives with results`,
    );
    expect(score.success1, score.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[locale].success1);
    expect(score.recall5, score.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[locale].recall5);
    expect(score.falsePositives, score.misses.join('\n')).toBe(0);
  });
}

test('the natural set is what it says: both languages, enough queries, every judged result exists', async () => {
  const { builtRecords, localId } = await import('../../bench/search-expect.ts');
  const { queries, negatives } = naturalSet();
  expect(queries.length).toBeGreaterThanOrEqual(40);
  for (const locale of LOCALES) {
    expect(queries.filter((q) => q.page === locale).length).toBeGreaterThanOrEqual(20);
    expect(negatives.filter((q) => q.page === locale).length).toBeGreaterThanOrEqual(5);
    const ids = new Set(builtRecords(locale).map(localId));
    for (const q of queries.filter((s) => s.page === locale)) {
      expect(q.relevant.length, q.q).toBeGreaterThan(0);
      for (const id of q.relevant) expect(ids.has(id), `${q.q}: ${id}`).toBe(true);
      expect(q.why.length, q.q).toBeGreaterThan(5);
    }
  }
});
