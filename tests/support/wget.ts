/** A `wget --mirror --page-requisites` copy of a served site, as an offline mirror would take it. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';

/**
 * Mirrors `root` into `out` (wget's own folder layout, without host directories). Asynchronous, so that a server
 * in this process keeps answering while wget runs; fails the test with wget's errors. `convertLinks` is the copy
 * most guides recommend for reading offline (--convert-links --adjust-extension), which rewrites the pages' links
 * and the stylesheets' url()s.
 */
export async function wgetMirror(root: string, out: string, { convertLinks = false } = {}): Promise<void> {
  const which = await promisify(execFile)('wget', ['--version']).catch(() => null);
  expect(which, 'wget is not installed: apt-get install -y wget (.ci/run does this)').not.toBeNull();
  const run = await promisify(execFile)('wget', [
    '--mirror',
    '--page-requisites',
    '--no-parent',
    ...(convertLinks ? ['--convert-links', '--adjust-extension'] : []),
    '-e',
    'robots=off',
    '--no-host-directories',
    '--no-verbose',
    `--directory-prefix=${out}`,
    root,
  ]).catch((error) => error);
  expect(run.code ?? 0, `wget failed:\n${run.stderr}`).toBe(0);
}
