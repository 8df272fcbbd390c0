/**
 * The swap heals: whatever stopped a build part way (power loss between the swap's two renames, kill -9, Ctrl+C),
 * the next `npm run build` starts from a whole dist/ and leaves no .dist-* folder behind; and stopping a build stops
 * all of it, leaving no process that goes on writing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { makeFixture, removeFixture } from '../../build/fixture.ts';
import { verifySums } from '../../build/checksums.ts';

const OLD = '<!doctype html><title>the published build</title>';
const sealed = (folder: string) => ({
  [`${folder}/index.html`]: OLD,
  [`${folder}/SHA256SUMS`]: `${createHash('sha256').update(OLD).digest('hex')}  index.html\n`,
});
// Left by builds that are gone: these process ids are above any Linux pid_max, so no live build owns them.
const INTERRUPTED_SWAP = { ...sealed('.dist-old-99999991'), '.dist-next-99999992/zh/index.html': 'half written' };
const debris = (root: string) => readdirSync(root).filter((n) => n.startsWith('.dist-'));

function build(root: string) {
  const run = spawnSync(process.execPath, ['build/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 300_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

test('after power loss between the two renames (no dist/, a .dist-old-* and a .dist-next-*), a build leaves a fresh dist/ and no debris', () => {
  const root = makeFixture(INTERRUPTED_SWAP);
  try {
    const result = build(root);
    assert.equal(result.ok, true, result.output.slice(-2000));
    assert.match(result.output, /restored dist\/ from \.dist-old-99999991/);
    assert.match(result.output, /removed \.dist-next-99999992, left by an interrupted build/);
    assert.notEqual(readFileSync(join(root, 'dist/index.html'), 'utf8'), OLD, 'dist/ is the new build');
    assert.ok(existsSync(join(root, 'dist/zh/index.html')));
    assert.deepEqual(verifySums(join(root, 'dist')), []);
    assert.deepEqual(debris(root), []);
  } finally {
    removeFixture(root);
  }
});

test('after an interrupted swap, a build that then fails still puts the last published dist/ back', () => {
  const root = makeFixture({ ...INTERRUPTED_SWAP, 'src/content/glossary/yidaoqie.yaml': '' });
  try {
    const result = build(root);
    assert.equal(result.ok, false);
    assert.match(result.output, /yidaoqie\.yaml: the file is empty[^]*The previous dist\/ is left as it was/);
    assert.equal(readFileSync(join(root, 'dist/index.html'), 'utf8'), OLD);
    assert.deepEqual(verifySums(join(root, 'dist')), []);
    assert.deepEqual(debris(root), []);
  } finally {
    removeFixture(root);
  }
});

/** Starts a build in its own process group, and resolves once it has begun writing its folder beside dist/. */
async function startBuild(root: string) {
  const child = spawn(process.execPath, ['build/build.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  for (let waited = 0; !existsSync(join(root, `.dist-next-${child.pid}`)); waited += 50) {
    assert.ok(waited < 240_000 && child.exitCode === null, `the build never started writing:\n${output}`);
    await sleep(50);
  }
  return { child, exited, output: () => output };
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

for (const signal of ['SIGKILL', 'SIGINT'] as const) {
  test(`${signal} to a build in progress stops it whole, dist/ stays as it was, and the next build leaves no debris`, async () => {
    const root = makeFixture(sealed('dist'));
    try {
      const build1 = await startBuild(root);
      build1.child.kill(signal);
      await build1.exited;
      // A helper the build started (esbuild's service) ends when its pipe to the build closes: give it a moment.
      for (let waited = 0; groupAlive(build1.child.pid!) && waited < 5000; waited += 100) await sleep(100);
      const left = spawnSync('ps', ['-o', 'pid=,args=', '-g', String(build1.child.pid)], {
        encoding: 'utf8',
      }).stdout.trim();
      assert.equal(groupAlive(build1.child.pid!), false, `a process of the stopped build is still running:\n${left}`);
      assert.equal(readFileSync(join(root, 'dist/index.html'), 'utf8'), OLD);
      if (signal === 'SIGINT') assert.match(build1.output(), /Build stopped \(SIGINT\); dist\/ is left as it was/);
      const result = build(root);
      assert.equal(result.ok, true, result.output.slice(-2000));
      assert.deepEqual(verifySums(join(root, 'dist')), []);
      assert.deepEqual(debris(root), []);
    } finally {
      removeFixture(root);
    }
  });
}
