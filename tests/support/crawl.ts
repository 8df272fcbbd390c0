/**
 * Crawls a copy of the built site in Chromium from one page, the way a reader clicks through it:
 * every page it links to is opened, every link, anchor and asset is checked, and every request the
 * pages make is recorded, so that tests can prove that nothing is broken and nothing leaves the copy.
 * Works over http (a server, any prefix) and over file:// (a copy on disk).
 */
import type { BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CrawlReport {
  /** Site paths of the pages reached ("/", "/zh/p3/"), sorted. */
  pages: string[];
  /** How many links (a, area, link[href]) were followed or checked, anchors included. */
  links: number;
  anchors: number;
  assets: number;
  requests: number;
  /** Everything wrong, one line each, naming the page: broken links, missing anchors, failed or escaping requests,
   *  script errors, and anything else the browser's console reports as an error (a refused form, a blocked file). */
  faults: string[];
}

/** The page a URL shows, without fragment or "index.html": the crawl's identity for a page. */
const pageOf = (url: string) => url.replace(/#.*$/, '').replace(/\/index\.html$/, '/');
const isPage = (url: URL) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');

/**
 * Crawls from `start`; `root` is the URL the copy lives under (http://host/prefix/ or file:///…/dist/).
 * Nothing may be requested outside `root`.
 */
export async function crawl(context: BrowserContext, start: string, root: string): Promise<CrawlReport> {
  const fromDisk = root.startsWith('file:');
  const faults: string[] = [];
  const sitePath = (url: string) => '/' + pageOf(url).slice(root.length);
  let requests = 0;
  context.on('request', (request) => {
    requests++;
    if (!request.url().startsWith(root))
      faults.push(`request outside ${root}: ${request.url()} (from ${request.frame().url()})`);
  });
  context.on('requestfailed', (request) => {
    // On disk, fetch() of a file is refused by design; pages must say so in words (checked elsewhere), not fail to load.
    if (fromDisk && ['fetch', 'xhr'].includes(request.resourceType())) return;
    // Leaving a page aborts what it still loads (the favicon, often); assets are checked one by one below instead.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    faults.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') faults.push(`console error on ${message.page()?.url()}: ${message.text()}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400)
      faults.push(`HTTP ${response.status()}: ${response.url()} (from ${response.frame().url()})`);
  });

  const tab = await context.newPage();
  tab.on('pageerror', (error) => faults.push(`script error on ${tab.url()}: ${error.message}`));
  const ids = new Map<string, Set<string>>();
  // The queue holds URLs as linked (from disk, "zh/" would open a folder listing, not zh/index.html); seen holds pages.
  const queue = [start.replace(/#.*$/, '')];
  const seen = new Set(queue.map(pageOf));
  const anchors: { from: string; to: string }[] = [];
  const others = new Set<string>();
  let links = 0;
  let assets = 0;
  while (queue.length) {
    const url = queue.shift()!;
    try {
      const response = await tab.goto(url, { waitUntil: 'load' });
      if (response && !response.ok() && response.status() !== 304) continue; // recorded by the response listener
    } catch (error) {
      faults.push(`page did not open: ${url} (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const found = await tab.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')]
        .map((e) => e.id)
        .concat([...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name')!)),
      links: [
        ...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement | HTMLLinkElement>(
          'a[href], area[href], link[href]:not([rel~=stylesheet]):not([rel~=icon])',
        ),
      ].map((a) => new URL(a.getAttribute('href')!, document.baseURI).href), // SVG links have no string href
      assets: [
        ...document.querySelectorAll<HTMLElement>(
          'link[rel~=stylesheet][href], link[rel~=icon][href], script[src], img[src], source[src], iframe[src], video[src], audio[src]',
        ),
      ].map((e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src),
    }));
    ids.set(pageOf(url), new Set(found.ids));
    assets += found.assets.length;
    for (const asset of found.assets) {
      if (!asset.startsWith(root)) faults.push(`${sitePath(url)}: asset outside the copy: ${asset}`);
      else others.add(asset);
    }
    for (const href of found.links) {
      links++;
      if (!href.startsWith(root)) {
        // A citation of another website (a source's address) is a link a reader may follow, never a request the
        // page makes; what must not happen is a link that leaves the copy on its own host or disk.
        const target = new URL(href);
        const citation = /^https?:$/.test(target.protocol) && target.origin !== new URL(root).origin;
        if (!citation) faults.push(`${sitePath(url)}: link outside the copy: ${href}`);
        continue;
      }
      const target = new URL(href);
      if (fromDisk && target.pathname.endsWith('/'))
        faults.push(`${sitePath(url)}: links to a folder, which does not open from disk: ${href}`);
      if (target.hash.length > 1) anchors.push({ from: url, to: href });
      if (isPage(target)) {
        if (!seen.has(pageOf(href))) {
          seen.add(pageOf(href));
          queue.push(href.replace(/#.*$/, ''));
        }
      } else others.add(href.replace(/#.*$/, ''));
    }
  }
  await tab.close();

  // Anchors: the target page must have been opened and hold the id.
  for (const { from, to } of anchors) {
    const id = decodeURIComponent(new URL(to).hash.slice(1));
    const targetIds = ids.get(pageOf(to));
    if (targetIds && !targetIds.has(id)) faults.push(`${sitePath(from)}: broken anchor ${sitePath(to)}#${id}`);
  }
  // Assets, and links to files that are not pages (data, checksums): they must exist.
  for (const href of others) {
    const ok = fromDisk ? existsSync(fileURLToPath(href)) : (await context.request.get(href)).ok();
    if (!ok) faults.push(`missing: ${href}`);
  }
  return { pages: [...ids.keys()].map(sitePath).sort(), links, anchors: anchors.length, assets, requests, faults };
}

/** A line for the report, for the closing figures. */
export function summary(name: string, report: CrawlReport): string {
  return (
    `${name}: ${report.pages.length} pages crawled, ${report.links} links checked (${report.anchors} to anchors), ` +
    `${report.assets} assets, ${report.requests} requests, ${report.faults.length} faults`
  );
}
