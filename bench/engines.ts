/**
 * How the benchmark asks each engine, inside the page: time from the query to rendered results
 * (DOM written), and the ids of the results in order (an item's anchor, or a part's page).
 */
import type { Page } from '@playwright/test';
import { pagefindQuery } from './pagefind-index.ts';

export interface Run {
  ids: string[];
  /** This site's exact matches alone (its related results are labelled apart). */
  exact?: string[];
  ms: number;
}

/**
 * Waits until the visible search form has every file a query needs: more.js (measures, regions, glossary,
 * vocabulary), and cross.js when the query is in the other language's script. The form draws the results again as
 * each arrives, in the same task, so once the global holds them the list is final.
 */
export async function searchLoaded(page: Page, q: string): Promise<void> {
  await page.waitForFunction((query) => {
    const form = [...document.querySelectorAll<HTMLFormElement>('form[data-search]')].find(
      (f) => f.dataset.mounted && f.querySelector<HTMLElement>('input[name=q]')!.offsetParent,
    );
    if (!form) return false;
    const loaded = (globalThis as { policySearchRecords?: Record<string, unknown> }).policySearchRecords ?? {};
    const across = new RegExp(`[${form.dataset.otherScript}]`, 'u').test(query);
    return !!loaded[`${form.dataset.locale}/more`] && (!across || !!loaded[`${form.dataset.locale}/cross`]);
  }, q);
}

/**
 * This site's search: open the dialog, type, and wait until #search-results says it answered this query (with the
 * files it had; searchLoaded first when the list must be final).
 */
export async function runOurs(page: Page, q: string): Promise<Run> {
  if (!(await page.locator('#search-dialog').isVisible())) await page.keyboard.press('/');
  return page.evaluate(
    (query) =>
      new Promise<Run>((done) => {
        const input = document.querySelector<HTMLInputElement>('#search-dialog input[name=q]')!;
        const results = document.getElementById('search-results')!;
        const start = performance.now();
        const finish = () => {
          const idsOf = (selector: string) =>
            [...results.querySelectorAll<HTMLAnchorElement>(selector)].map(
              (a) => new URL(a.href).hash.slice(1) || new URL(a.href).pathname.split('/').at(-2)!,
            );
          done({
            ids: idsOf('a.search-hit'),
            exact: idsOf('li[data-match=exact] a.search-hit'),
            ms: performance.now() - start,
          });
        };
        const watch = new MutationObserver(() => {
          if (results.dataset.query === query) {
            watch.disconnect();
            finish();
          }
        });
        watch.observe(results, { attributes: true, childList: true });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    q,
  );
}

/** pagefind's default index, through its own JS API, rendering each page's sub-results (one per item heading). */
export async function runPagefind(page: Page, q: string): Promise<Run> {
  return page.evaluate(async (query) => {
    const w = window as unknown as {
      pf?: {
        search(q: string): Promise<{
          results: {
            data(): Promise<{ url: string; sub_results: { url: string; title: string; excerpt: string }[] }>;
          }[];
        }>;
      };
    };
    const start = performance.now();
    w.pf ??= await import(new URL('../../pagefind-default/pagefind.js', location.href).href);
    const search = await w.pf!.search(query);
    const pages = await Promise.all(search.results.map((r) => r.data()));
    const list = document.createElement('ol');
    const ids: string[] = [];
    for (const data of pages) {
      for (const sub of data.sub_results) {
        const url = new URL(sub.url, location.href);
        const id = url.hash.slice(1) || url.pathname.split('/').at(-2)!;
        if (!ids.includes(id)) ids.push(id);
        const li = document.createElement('li');
        li.innerHTML = `<a href="${sub.url}">${sub.title}</a><p>${sub.excerpt}</p>`; // pagefind's excerpts are HTML
        list.append(li);
      }
    }
    document.body.append(list);
    const ms = performance.now() - start;
    list.remove();
    return { ids, ms };
  }, q);
}

/**
 * pagefind over the site's records cut into bigrams (bench/pagefind-index.ts): the query is cut
 * the same way before it reaches the page, and results are taken as pagefind ranks them, unconfirmed.
 */
export async function runPagefindBigrams(page: Page, q: string): Promise<Run> {
  return page.evaluate(async (query) => {
    type PF = {
      search(
        q: string,
      ): Promise<{ results: { data(): Promise<{ meta: { id: string; title: string }; excerpt: string }> }[] }>;
    };
    const w = window as unknown as { pfb?: PF };
    const start = performance.now();
    w.pfb ??= await import(new URL('../../pagefind/pagefind.js', location.href).href);
    const search = await w.pfb!.search(query);
    const records = await Promise.all(search.results.map((r) => r.data()));
    const list = document.createElement('ol');
    for (const data of records) {
      const li = document.createElement('li');
      li.textContent = data.meta.title;
      list.append(li);
    }
    document.body.append(list);
    const ms = performance.now() - start;
    list.remove();
    return { ids: records.map((d) => d.meta.id), ms };
  }, pagefindQuery(q));
}
