/**
 * HOOK POINT — how the bench times the search index on its own.
 *
 * The site's search index is written inside `astro build` (in astro:build:done), so the build time
 * includes it. To report it separately, the bench indexes the built folder again with pagefind's
 * Node API, as the build did, into a scratch folder, and times that. If the search integration's
 * indexing step changes (another tool, other options), change `indexBuiltSite` here and nowhere else.
 * With no index in the build (no search yet), the bench reports "n/a".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchIndexDirs } from './build.ts';

export interface SearchIndexTime { seconds: number; pagesIndexed: number }

async function indexBuiltSite(dist: string, outputPath: string): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
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
    const pagesIndexed = await indexBuiltSite(dist, join(scratch, 'pagefind'));
    return { seconds: (performance.now() - started) / 1000, pagesIndexed };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
