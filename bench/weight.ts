/**
 * What a page costs a reader before any interaction: every response the browser fetches while
 * the page loads, gzipped by us (zlib level 9, so the figure does not depend on the server) and
 * summed by type; and the layout shift it makes while loading (CLS from layout-shift entries).
 * One module, shared by the bench (bench/bench.ts) and the budget test (tests/e2e/pages.spec.ts),
 * so that the figures the bench prints are the ones the test enforces.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export const GZIP_LEVEL = 9;
export const RESOURCE_TYPES = ['html', 'css', 'js', 'image', 'font', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/**
 * The aims, in gzip bytes, per page before interaction; a part page, the page most read, has the tightest. Several
 * kinds are over them today (docs/PERFORMANCE.md); tests/e2e/pages.spec.ts holds each kind where it is.
 */
export const BUDGET = { total: 15 * 1024, part: 12 * 1024, js: 4 * 1024, cls: 0 };

export interface Fetched {
  url: string;
  type: ResourceType;
  status: number;
  bytes: number;
  gzip: number;
}
export interface PageWeight {
  url: string;
  /** Gzip bytes per type; `total` is their sum. */
  gzip: Record<ResourceType, number> & { total: number };
  fetched: Fetched[];
  /** Cumulative layout shift while loading (shifts without recent input). */
  cls: number;
  /** The elements that moved, for messages. */
  moved: string[];
}

export const gzipBytes = (body: Buffer | string): number => gzipSync(body, { level: GZIP_LEVEL }).length;

/** The type a reader's data is spent on: by what the browser fetched it as, then by its content type. */
function typeOf(response: Response): ResourceType {
  const kind = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  if (kind === 'document') return 'html';
  if (kind === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  // WebAssembly is code the reader downloads and runs, so it counts as script.
  if (kind === 'script' || /javascript|wasm/.test(contentType)) return 'js';
  if (kind === 'image' || contentType.startsWith('image/')) return 'image';
  if (kind === 'font' || contentType.startsWith('font/')) return 'font';
  return 'other';
}

type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };

/** Sums layout-shift entries recorded since the page started (buffered), as CLS does without input, naming what moved. */
export const readLayoutShift = () =>
  new Promise<{ cls: number; moved: string[] }>((done) => {
    let cls = 0;
    const moved: string[] = [];
    const name = (node?: Node | null) =>
      node instanceof Element
        ? `${node.localName}${node.id ? '#' + node.id : ''}${[...node.classList].map((c) => '.' + c).join('')}`
        : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        cls += entry.value;
        moved.push(...(entry.sources ?? []).map((source) => name(source.node)));
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Two frames: buffered entries are delivered, and any shift from the last load is laid out.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done({ cls, moved }), 0)));
  });

/**
 * Loads `url` in `page` (a fresh context, so nothing is cached) and waits until the network is
 * idle, touching nothing: what it fetched by then is what loads before interaction.
 */
export async function measurePage(page: Page, url: string): Promise<PageWeight> {
  const pending: Promise<Fetched | null>[] = [];
  const record = (response: Response) => {
    pending.push(
      (async () => {
        const status = response.status();
        if (status >= 300 && status < 400) return null; // a redirect has no body; its target is recorded
        const body = await response.body().catch(() => Buffer.alloc(0));
        return { url: response.url(), type: typeOf(response), status, bytes: body.length, gzip: gzipBytes(body) };
      })(),
    );
  };
  page.on('response', record);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const { cls, moved } = await page.evaluate(readLayoutShift);
    const fetched = (await Promise.all(pending)).filter((f): f is Fetched => f !== null);
    const gzip = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0, total: 0 };
    for (const f of fetched) {
      gzip[f.type] += f.gzip;
      gzip.total += f.gzip;
    }
    return { url, gzip, fetched, cls, moved };
  } finally {
    page.off('response', record);
  }
}

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
