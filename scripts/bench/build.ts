/**
 * One timed `astro build` of a temporary copy of the project (tests/support/fixture-build.ts),
 * with extra content for the larger scales, and what it wrote: pages, bytes, search index bytes.
 * The copy's dist/ is what the bench then serves and measures, so the project's own dist/ is untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixture } from '../../tests/support/fixture-build.ts';
import { builtPages } from '../../tests/support/site.ts';
import { scaledContent } from './scale.ts';

export interface TimedBuild {
  factor: number;
  entriesPerLocale: number;
  root: string;
  dist: string;
  seconds: number;
  pages: number;
  distBytes: number;
  /** Bytes of the search index folders (those holding pagefind-entry.json), or null when there is none. */
  searchBytes: number | null;
  /** Bytes of the records the site's own search loads ({lang}/search/records.json), or null when there are none. */
  recordsBytes: number | null;
  searchDirs: string[];
}

function folderBytes(folder: string): number {
  let sum = 0;
  for (const name of readdirSync(folder)) {
    const full = join(folder, name);
    const info = statSync(full);
    sum += info.isDirectory() ? folderBytes(full) : info.size;
  }
  return sum;
}

/** Folders of a pagefind index anywhere in the build (dist/pagefind/ by default). */
export function searchIndexDirs(dist: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    const names = readdirSync(folder);
    if (names.includes('pagefind-entry.json')) found.push(folder);
    else for (const name of names) if (statSync(join(folder, name)).isDirectory()) walk(join(folder, name));
  };
  walk(dist);
  return found;
}

/** Builds a copy with `factor`× the content and times `astro build` alone (plus its integrations' hooks). */
export function timedBuild(factor: number, env: Record<string, string> = {}): TimedBuild {
  const { files, entriesPerLocale } = scaledContent(factor);
  const root = makeFixture(files);
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'node_modules', '.bin', 'astro'), 'build'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, timeout: 1_800_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const dist = join(root, 'dist');
  if (run.status !== 0 || !existsSync(dist)) {
    throw new Error(`astro build of the ${factor}× copy in ${root} failed (status ${run.status}):\n${`${run.stdout}${run.stderr}`.slice(-4000)}`);
  }
  const searchDirs = searchIndexDirs(dist);
  const records = ['zh', 'en'].map((l) => join(dist, l, 'search', 'records.json')).filter((f) => existsSync(f));
  return {
    factor, entriesPerLocale, root, dist, seconds,
    pages: builtPages(dist).length,
    distBytes: folderBytes(dist),
    searchBytes: searchDirs.length ? searchDirs.reduce((sum, dir) => sum + folderBytes(dir), 0) : null,
    searchDirs,
    recordsBytes: records.length ? records.reduce((sum, file) => sum + statSync(file).size, 0) : null,
  };
}
