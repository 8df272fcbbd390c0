/** Driving the search form in a page, as a reader does, for the e2e tests. */
import { expect, type Page } from '@playwright/test';
import { resultId } from '../../bench/search-expect.ts';

/** Types a query into the (first visible) search form and waits until its results are rendered; the ids found. */
export async function query(page: Page, q: string): Promise<string[]> {
  await page.locator('input[name=q]:visible').first().fill(q);
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('data-query', q);
  const hrefs = await results
    .locator('a.search-hit')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map(resultId);
}
