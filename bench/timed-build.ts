/**
 * One timed `astro build` of a temporary copy of the project (build/fixture.ts),
 * with extra content for the larger scales, and what it wrote: pages, bytes, search records bytes.
 * The copy's dist/ is what the bench then serves and measures, so the project's own dist/ is untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixture } from '../build/fixture.ts';
import { builtPages } from '../tools/built-pages.ts';
import { scaledContent } from './scale.ts';
import { locales } from '../src/i18n/locales.ts';

export interface TimedBuild {
  factor: number;
  entriesPerLocale: number;
  root: string;
  dist: string;
  seconds: number;
  pages: number;
  distBytes: number;
  /** Bytes of the records the site's own search loads ({lang}/search/*.js), or null when there are none. */
  recordsBytes: number | null;
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Builds a copy with `factor`× the content and times `astro build` alone (plus its integrations' hooks). */
export function timedBuild(factor: number, env: Record<string, string> = {}): TimedBuild {
  const { files, entriesPerLocale } = scaledContent(factor);
  const root = makeFixture(files);
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'node_modules', '.bin', 'astro'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    // The larger copies repeat the real parts under new numbers, which the source does not have: the content gate's
    // comparison with the source is told so (src/lib/gates/content-gate.ts), and every other check still runs.
    env: { ...process.env, ...env, ...(factor > 1 && { BENCH_SCALED_CONTENT: '1' }), FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 1_800_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const dist = join(root, 'dist');
  if (run.status !== 0 || !existsSync(dist)) {
    throw new Error(
      `astro build of the ${factor}× copy in ${root} failed (status ${run.status}):\n${`${run.stdout}${run.stderr}`.slice(-4000)}`,
    );
  }
  // Every search records file (records.js, more.js, cross.js) of every language.
  const records = locales
    .map((l) => join(dist, l, 'search'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dir, f)),
    );
  return {
    factor,
    entriesPerLocale,
    root,
    dist,
    seconds,
    pages: builtPages(dist).length,
    distBytes: folderBytes(dist),
    recordsBytes: records.length ? records.reduce((sum, file) => sum + statSync(file).size, 0) : null,
  };
}
