/**
 * Mirrors: dist/ works unchanged under a random deep path of a plain static server, from disk, and as a
 * wget mirror; every page is reached from the entry page, and nothing is requested outside the copy.
 */
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { serve } from '../../serve/serve.ts';
import { listFiles, verifySums } from '../../build/checksums.ts';
import { crawl, summary } from '../support/crawl.ts';
import { builtPages } from '../../tools/built-pages.ts';
import { wgetMirror } from '../support/wget.ts';

/** Every page a reader can reach by links; 404.html is the host's answer to a missing address, tested below. */
const READABLE = builtPages()
  .filter((p) => p !== '/404.html')
  .sort();
const randomPrefix = () => `/${['archive', 'policies', Math.random().toString(36).slice(2, 8), 'nmg-2020'].join('/')}/`;

/** Serves dist/ under a random deep prefix on a free port, with the strict CSP. */
async function mirrorServer(): Promise<{ root: string; prefix: string; close: () => void }> {
  const prefix = randomPrefix();
  const server = await serve({ dir: 'dist', port: 0, prefix, csp: true });
  const { port } = server.address() as AddressInfo;
  return { root: `http://127.0.0.1:${port}${prefix}`, prefix, close: () => server.close() };
}

test('dist/SHA256SUMS covers every file of the build and sha256sum -c accepts it', async () => {
  expect(verifySums('dist')).toEqual([]);
  const { stdout } = await promisify(execFile)('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: 'dist' });
  expect(stdout.trim().split('\n')).toHaveLength(listFiles('dist').length);
});

test('under a random deep prefix, a crawl from the entry page reaches every page, every link, anchor and asset resolves, nothing escapes', async ({
  context,
}) => {
  const mirror = await mirrorServer();
  try {
    const report = await crawl(context, mirror.root, mirror.root);
    console.log(summary(`http ${mirror.prefix}`, report));
    expect(report.faults).toEqual([]);
    expect(report.pages).toEqual(READABLE);
  } finally {
    mirror.close();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the crawl reaches every page all the same: no page is reachable only through script', async ({ context }) => {
    const mirror = await mirrorServer();
    try {
      const report = await crawl(context, mirror.root, mirror.root);
      console.log(summary(`http ${mirror.prefix}, no JavaScript`, report));
      expect(report.faults).toEqual([]);
      expect(report.pages).toEqual(READABLE);
    } finally {
      mirror.close();
    }
  });
});

for (const start of ['index.html', 'zh/index.html']) {
  test(`from disk (file://), dist/${start} opens and navigates every page without a script error`, async ({
    context,
  }) => {
    const root = pathToFileURL(resolve('dist')).href + '/';
    const report = await crawl(context, root + start, root);
    console.log(summary(`file:// from ${start}`, report));
    expect(report.faults).toEqual([]);
    // The language pages need not link back to the bilingual entry page: from zh/, every other page.
    const entryOptional = (pages: string[]) => (start === 'index.html' ? pages : pages.filter((p) => p !== '/'));
    expect(entryOptional(report.pages)).toEqual(entryOptional(READABLE));
  });
}

test('wget --mirror --page-requisites from the entry page fetches every page, byte for byte', async () => {
  const mirror = await mirrorServer();
  const out = mkdtempSync(join(tmpdir(), 'policy-wget-'));
  try {
    await wgetMirror(mirror.root, out);
    const copy = join(out, mirror.prefix);
    const pages = builtPages(copy).sort();
    const files = listFiles(copy);
    console.log(`wget ${mirror.prefix}: ${pages.length} pages, ${files.length} files mirrored`);
    expect(pages).toEqual(READABLE);
    // The About page links SHA256SUMS, so the mirror holds it and checks itself with the standard tool:
    // every file wget saved is the built file, unchanged (wget rewrites nothing without --convert-links).
    expect(existsSync(join(copy, 'SHA256SUMS')), 'the mirror has SHA256SUMS').toBe(true);
    const check = await promisify(execFile)('sha256sum', ['-c', '--ignore-missing', 'SHA256SUMS'], { cwd: copy });
    expect(check.stdout.trim().split('\n').sort()).toEqual(files.map((f) => `${f}: OK`).sort());
  } finally {
    mirror.close();
    rmSync(out, { recursive: true, force: true });
  }
});
