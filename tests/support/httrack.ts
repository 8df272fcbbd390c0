/** An httrack copy of a served site, as its users take one: every page and requisite under the start address. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';

/**
 * Mirrors `root` (http://127.0.0.1:port/prefix/) into `out`, asynchronously (a server in this process keeps
 * answering), and returns the folder that holds the copy of `root`: httrack names it after the host and port. It asks
 * for more connections and no waiting, and turns off httrack's parser of Java classes (-j0): the site has none, and
 * that parser held every file for about a second (74 s for the site against 12 s without it, copying the same files).
 */
export async function httrackMirror(root: string, out: string): Promise<string> {
  const which = await promisify(execFile)('httrack', ['--version']).catch((error) => error);
  expect(which.code ?? 0, 'httrack is not installed: apt-get install -y httrack (.ci/run does this)').toBe(0);
  const url = new URL(root);
  const run = await promisify(execFile)(
    'httrack',
    [root, '-O', out, '-q', `+${url.host}${url.pathname}*`, '-c8', '-%c100', '-A100000000', '-r20', '-j0'],
    { timeout: 300_000 },
  ).catch((error) => error);
  expect(run.code ?? 0, `httrack failed:\n${run.stderr}`).toBe(0);
  const copy = join(out, `${url.hostname}_${url.port}`, url.pathname);
  expect(existsSync(join(copy, 'index.html')), `httrack made no copy of ${root} in ${out}`).toBe(true);
  return copy;
}
