/**
 * HOOK POINT — how the bench times the search index on its own.
 *
 * The site's search index is written inside `astro build` (in astro:build:done), so the build time
 * includes it. To report it separately, the bench runs the indexing step again on the built folder,
 * into a scratch folder, and times that: the project's own `buildPagefindIndex(site, out)` from
 * integrations/pagefind.ts when it exists (the function the search integration calls), otherwise
 * pagefind's Node API over the built HTML. If the search integration's indexing step moves or is
 * renamed, change `PROJECT_INDEXER` / `indexBuiltSite` here and nowhere else.
 * With no index in the build (no search yet), the bench reports "n/a".
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchIndexDirs } from './build.ts';

/** The module whose `buildPagefindIndex(site, out)` writes the site's search index. */
const PROJECT_INDEXER = resolve(import.meta.dirname, '../../integrations/pagefind.ts');

export interface SearchIndexTime { seconds: number; how: string }

async function indexBuiltSite(dist: string, outputPath: string): Promise<string> {
  if (existsSync(PROJECT_INDEXER)) {
    const indexer = await import(pathToFileURL(PROJECT_INDEXER).href);
    if (typeof indexer.buildPagefindIndex === 'function') {
      const counts = await indexer.buildPagefindIndex(dist, outputPath);
      return `the project's buildPagefindIndex (${typeof counts === 'string' ? counts : 'done'})`;
    }
  }
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    return `pagefind over ${added.page_count} built pages`;
  } finally {
    await pagefind.close();
  }
}

/** Times indexing `dist`, or null when the build has no search index to time. */
export async function timeSearchIndex(dist: string): Promise<SearchIndexTime | null> {
  if (searchIndexDirs(dist).length === 0) return null;
  const scratch = mkdtempSync(join(tmpdir(), 'bench-search-'));
  try {
    const started = performance.now();
    const how = await indexBuiltSite(dist, join(scratch, 'pagefind'));
    return { seconds: (performance.now() - started) / 1000, how };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
