/**
 * The first query's cost, engine against engine: after a part page has loaded, the gzip bytes (level 9)
 * of everything fetched to answer one query. This site's search: its engine and one language's records, which its
 * first results need, then more.js (measures, regions, glossary, vocabulary), which follows them.
 * pagefind over the same records (the bigram index of pagefind-index.ts): its runtime, WebAssembly,
 * metadata, the index chunks the query needs, and the fragments of the first results a list would show.
 * Measured in a temporary copy of the build, so that pagefind's index never enters it, and in the browser the search
 * budget test runs in (testBrowserPath), so that no favicon the full browser would fetch enters the figures.
 */
import { chromium, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBrowserPath, CHROMIUM_ARGS } from '../tools/chromium.ts';
import { serve } from '../serve/serve.ts';
import { buildPagefindRecordsIndex, pagefindQuery } from './pagefind-index.ts';
import { gzipBytes } from './weight.ts';
import { locales } from '../src/i18n/locales.ts';

export const FIRST_QUERIES = { zh: '复工复产', en: 'resume' } as const;
/** How many results a list shows at once, so how many fragments pagefind loads for a first screen. */
const SHOWN = 5;

type Locale = keyof typeof FIRST_QUERIES;
interface Cost {
  bytes: number;
  requests: number;
  /** This site's search: what its first results need (the engine and records.js). */
  first?: number;
}
export interface FirstQuery {
  locale: Locale;
  ours: Cost;
  pagefind: Cost;
}

/** Sums gzip bytes of what `act` makes the page fetch, and of the engine and records.js among them. */
async function costOf(page: Page, act: () => Promise<void>): Promise<Cost> {
  const sizes: Promise<[url: string, bytes: number]>[] = [];
  const count = (response: { url(): string; body(): Promise<Buffer> }) => {
    sizes.push(
      response.body().then(
        (body) => [response.url(), gzipBytes(body)],
        () => [response.url(), 0],
      ),
    );
  };
  page.on('response', count);
  await act();
  await page.waitForLoadState('networkidle');
  page.off('response', count);
  const fetched = await Promise.all(sizes);
  const sum = (list: [string, number][]) => list.reduce((total, [, b]) => total + b, 0);
  return {
    bytes: sum(fetched),
    requests: fetched.length,
    first: sum(fetched.filter(([url]) => /\/search\/(engine|records)\.js$/.test(url))),
  };
}

async function ours(page: Page, q: string): Promise<void> {
  await page.keyboard.press('/');
  await page.locator('#search-dialog input[name=q]').fill(q);
  await page
    .locator('#search-results')
    .and(page.locator(`[data-query="${q}"]`))
    .waitFor({ state: 'attached' });
}

async function pagefindFirst(page: Page, q: string): Promise<void> {
  await page.evaluate(
    async ({ query, shown }) => {
      const pf = await import(new URL('../../pagefind/pagefind.js', location.href).href);
      const found = await pf.search(query);
      await Promise.all(found.results.slice(0, shown).map((r: { data(): Promise<unknown> }) => r.data()));
    },
    { query: pagefindQuery(q), shown: SHOWN },
  );
}

/** Both engines' first query in both languages, for the build in `dist` (left untouched). */
export async function measureFirstQuery(dist: string): Promise<FirstQuery[]> {
  const site = mkdtempSync(join(tmpdir(), 'bench-first-query-'));
  cpSync(dist, site, { recursive: true, dereference: true }); // dist/ is a link to the current build
  await buildPagefindRecordsIndex(site);
  // No CSP here: pagefind needs 'wasm-unsafe-eval', which the site itself no longer allows.
  const server = await serve({ dir: site, port: 0, prefix: '/', csp: false });
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: testBrowserPath(), args: CHROMIUM_ARGS });
  const rows: FirstQuery[] = [];
  try {
    for (const locale of locales) {
      const cost = async (run: (page: Page, q: string) => Promise<void>) => {
        const context = await browser.newContext(); // nothing cached: a first visit
        const page = await context.newPage();
        await page.goto(`${base}/${locale}/p3/`, { waitUntil: 'networkidle' });
        const measured = await costOf(page, () => run(page, FIRST_QUERIES[locale]));
        await context.close();
        return measured;
      };
      rows.push({ locale, ours: await cost(ours), pagefind: await cost(pagefindFirst) });
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
  return rows;
}

export interface ScaleFirstQuery {
  factor: number;
  entriesPerLocale: number;
  rows: FirstQuery[];
}

/** The crossover table: first-query KiB of both engines at each scale, and where pagefind starts to win. */
export function crossoverTable(scales: ScaleFirstQuery[]): string {
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  const lines = [
    '| content | entries per language | lang | this search, first results KiB | this search, all KiB (requests) | pagefind KiB (requests) | smaller |',
    '| --- | --: | --- | --: | --: | --: | --- |',
  ];
  for (const { factor, entriesPerLocale, rows } of scales) {
    for (const { locale, ours: o, pagefind: p } of rows) {
      lines.push(
        `| ${factor}× | ${entriesPerLocale} | ${locale} | ${kib(o.first ?? 0)} | ${kib(o.bytes)} (${o.requests}) | ${kib(p.bytes)} (${p.requests}) | ${o.bytes <= p.bytes ? 'this search' : 'pagefind'} |`,
      );
    }
  }
  const notes: string[] = [];
  for (const locale of locales) {
    const points = scales.map((s) => ({
      entries: s.entriesPerLocale,
      diff: (() => {
        const r = s.rows.find((x) => x.locale === locale)!;
        return r.ours.bytes - r.pagefind.bytes;
      })(),
    }));
    const cross = points.findIndex((p, i) => i > 0 && points[i - 1]!.diff <= 0 && p.diff > 0);
    if (points[0] && points[0].diff > 0)
      notes.push(`${locale}: pagefind's first query is already smaller at ${scales[0]!.factor}×.`);
    else if (cross < 0)
      notes.push(
        `${locale}: this search's first query stays smaller up to ${scales.at(-1)!.factor}× (${points.at(-1)!.entries} entries).`,
      );
    else {
      const [a, b] = [points[cross - 1]!, points[cross]!];
      const at = a.entries + ((b.entries - a.entries) * -a.diff) / (b.diff - a.diff); // linear between the two scales
      notes.push(
        `${locale}: pagefind's first query becomes the smaller at about ${Math.round(at)} entries per language (between ${scales[cross - 1]!.factor}× and ${scales[cross]!.factor}×, interpolated).`,
      );
    }
  }
  // Said with the table, so that no reader takes the larger scales for new text.
  notes.push(
    'The larger scales repeat the real text (bench/scale.ts), which gzip compresses across the copies; ' +
      "as much new text would make this search's records, and so its first query, larger than shown, and bring the crossover nearer.",
  );
  return `${lines.join('\n')}\n\n${notes.map((n) => `- ${n}`).join('\n')}`;
}
