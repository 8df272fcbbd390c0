/** Driving the search form in a page, as a reader does, for the e2e tests. */
import { expect, type Page } from '@playwright/test';
import { resultId } from '../../bench/search-expect.ts';
import { searchLoaded } from '../../bench/engines.ts';

export { searchLoaded };

/**
 * Types a query into the (first visible) search form and waits until its results are rendered with every file the
 * query needs; the ids found, all of them or only the exact matches (not those marked related).
 */
export async function query(page: Page, q: string, which: 'all' | 'exact' = 'all'): Promise<string[]> {
  await page.locator('input[name=q]:visible').first().fill(q);
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('data-query', q);
  await searchLoaded(page, q);
  const hrefs = await results
    .locator(which === 'exact' ? 'li[data-match=exact] a.search-hit' : 'a.search-hit')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map(resultId);
}
