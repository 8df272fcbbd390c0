/**
 * `npm run build` (build/build.ts) builds aside and swaps: a failed build leaves the previous dist/;
 * a good one replaces it whole, sealed by a SHA256SUMS that `sha256sum -c` accepts; two clean builds are byte-identical.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, removeFixture } from '../../build/fixture.ts';
import { listFiles, verifySums } from '../../build/checksums.ts';

const BUILD = { command: ['build/build.ts'], keep: true };
const PREVIOUS = '<!doctype html><title>the previous build</title>';

test('a failed build leaves the previous dist/ as it was, and no half-built folder behind', () => {
  const result = buildFixture({ 'dist/index.html': PREVIOUS, 'src/content/policy/en/p3-4.mdx': null }, BUILD);
  try {
    assert.equal(result.ok, false, result.output);
    assert.match(result.output, /Build failed/);
    assert.match(result.output, /previous dist\/ is left as it was/);
    assert.equal(readFileSync(join(result.dist, 'index.html'), 'utf8'), PREVIOUS);
    assert.deepEqual(readdirSync(result.dist), ['index.html']);
    assert.deepEqual(
      readdirSync(result.root).filter((n) => n.startsWith('.dist-')),
      [],
    );
  } finally {
    removeFixture(result.root);
  }
});

test('two clean builds are byte-identical, sealed by SHA256SUMS that sha256sum -c accepts', () => {
  const first = buildFixture({ 'dist/stale.html': PREVIOUS }, BUILD);
  const second = buildFixture({}, BUILD);
  try {
    assert.equal(first.ok, true, first.output);
    assert.equal(second.ok, true, second.output);
    // the swap replaced the old folder whole: nothing of it survives
    assert.equal(existsSync(join(first.dist, 'stale.html')), false);
    const sums = readFileSync(join(first.dist, 'SHA256SUMS'), 'utf8');
    const lines = sums.trimEnd().split('\n');
    assert.deepEqual(
      lines.map((l) => l.slice(66)),
      listFiles(first.dist),
      'every file, sorted, SHA256SUMS itself left out',
    );
    for (const file of ['index.html', 'zh/index.html', 'en/index.html', '404.html', 'site.css'])
      assert.ok(
        lines.some((l) => l.endsWith(`  ${file}`)),
        file,
      );
    assert.equal(
      readFileSync(join(second.dist, 'SHA256SUMS'), 'utf8'),
      sums,
      'the second build differs from the first',
    );

    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: first.dist, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.equal(check.stdout.trim().split('\n').length, lines.length);

    // a mirror that lost or changed a file finds out
    writeFileSync(join(first.dist, 'site.css'), 'tampered');
    assert.deepEqual(verifySums(first.dist), ['site.css: changed']);
    assert.notEqual(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: first.dist }).status, 0);
  } finally {
    removeFixture(first.root);
    removeFixture(second.root);
  }
});
