/**
 * Builds a copy of this project with some files added, changed or removed, in a temporary folder,
 * so that tests can prove what the build does with good and bad content without touching src/.
 *
 *   const result = buildFixture({ 'src/content/policy/en/p3-4.mdx': null });   // delete a file
 *   assert.match(result.output, /en\/p3-4\.mdx: missing/);
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '..');
/** What a build reads; everything else (tests, dist, caches) stays behind. */
const COPIED = [
  'src',
  'public',
  'source',
  'integrations',
  'build',
  'serve',
  'bench',
  'tools',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

export interface FixtureBuild {
  ok: boolean;
  status: number | null;
  output: string;
  root: string;
  dist: string;
}

export interface FixtureOptions {
  /** The command to run in the copy, default `astro build`: [binary under node_modules/.bin, ...args],
   *  or [a script of the copy such as 'build/build.ts', ...args]. */
  command?: string[];
  /** Extra environment. */
  env?: Record<string, string>;
  /** Keep the folder afterwards (the caller removes it with removeFixture). */
  keep?: boolean;
}

/** A fresh copy of the project with `files` applied (path → new content, or null to delete). */
export function makeFixture(files: Record<string, string | Uint8Array | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-fixture-'));
  for (const name of COPIED)
    if (existsSync(join(PROJECT, name))) cpSync(join(PROJECT, name), join(root, name), { recursive: true });
  // Link each package rather than the folder, so that Astro's and Vite's caches (node_modules/.astro, .vite) stay separate.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(PROJECT, 'node_modules', name), join(root, 'node_modules', name));
  }
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    if (content === null) rmSync(target, { recursive: true, force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return root;
}

export function removeFixture(root: string): void {
  if (root.startsWith(tmpdir())) rmSync(root, { recursive: true, force: true });
}

/** Builds the copy and reports whether the build succeeded and what it printed (ANSI colours removed). */
export function buildFixture(
  files: Record<string, string | Uint8Array | null>,
  options: FixtureOptions = {},
): FixtureBuild {
  const root = makeFixture(files);
  const [bin, ...args] = options.command ?? ['astro', 'build'];
  const program = bin!.includes('/') ? join(root, bin!) : join(root, 'node_modules', '.bin', bin!);
  const run = spawnSync(process.execPath, [program, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 300_000,
  });
  // eslint-disable-next-line no-control-regex -- removes ANSI colour codes
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  const result = { ok: run.status === 0, status: run.status, output, root, dist: join(root, 'dist') };
  if (!options.keep) removeFixture(root);
  return result;
}
