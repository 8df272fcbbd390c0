/**
 * One page of each kind, in both languages, served from a build and measured with the budget test's own code
 * (weight.ts) in the browser the test runs in (testBrowserPath: the headless shell, which, unlike the full browser,
 * fetches no favicon), so that the figures are the ones the test enforces. Kinds whose pages the build lacks
 * (features not merged yet) come back as null, and the table says "not built yet".
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { testBrowserPath, CHROMIUM_ARGS } from '../tools/chromium.ts';
import { locales as LOCALES } from '../src/i18n/locales.ts';
import { serve } from '../serve/serve.ts';
import { measurePage, type PageWeight } from './weight.ts';

type Locale = (typeof LOCALES)[number];

/** The page kinds the budgets cover, and where one page of each lives in a build. */
export const PAGE_KINDS: { kind: string; path: (dist: string, locale: Locale) => string | null }[] = [
  { kind: 'home', path: (_, l) => `/${l}/` },
  { kind: 'part', path: (_, l) => `/${l}/p3/` },
  { kind: 'full text', path: (_, l) => `/${l}/full/` },
  { kind: 'bilingual', path: (_, l) => `/${l}/p3/bilingual/` },
  { kind: 'regions', path: (_, l) => `/${l}/regions/` },
  { kind: 'region', path: (dist, l) => firstSubpage(dist, `/${l}/regions/`) },
  { kind: 'glossary', path: (_, l) => `/${l}/glossary/` },
  { kind: 'search', path: (_, l) => `/${l}/search/` },
  { kind: 'about', path: (_, l) => `/${l}/about/` },
];

/** The first folder under `path` that is a page of its own (the first region), if any. */
function firstSubpage(dist: string, path: string): string | null {
  const folder = join(dist, path);
  if (!existsSync(folder)) return null;
  const name = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .find((n) => existsSync(join(folder, n, 'index.html')));
  return name ? `${path}${name}/` : null;
}

export interface KindWeight {
  kind: string;
  locale: Locale;
  path: string | null;
  weight: PageWeight | null;
}

/** Serves `dist` (with the strict CSP the tests use) on `port` and measures each kind in each language. */
export async function measureKinds(dist: string, port: number): Promise<KindWeight[]> {
  const server = await serve({ dir: dist, port, prefix: '/', csp: true });
  const browser = await chromium.launch({ executablePath: testBrowserPath(), args: CHROMIUM_ARGS });
  const rows: KindWeight[] = [];
  try {
    for (const { kind, path } of PAGE_KINDS) {
      for (const locale of LOCALES) {
        const page = path(dist, locale);
        if (!page || !existsSync(join(dist, page, 'index.html'))) {
          rows.push({ kind, locale, path: page, weight: null });
          continue;
        }
        // A fresh context per page, at a phone's size: nothing cached, as a first visit.
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        const tab = await context.newPage();
        rows.push({ kind, locale, path: page, weight: await measurePage(tab, `http://127.0.0.1:${port}${page}`) });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  return rows;
}
