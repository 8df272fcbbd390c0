/**
 * Publishing has no window: dist/ is a link to a whole sealed build at every instant, so `npm run build` killed at
 * any moment (kill -9 at random points, Ctrl+C) leaves a servable site; the next build repairs what a killed one left
 * and leaves no debris; a leftover is told from a running build by its process's start time, not its pid alone (a
 * killed build not yet reaped, or a pid taken by another process, is not a running build); and stopping a build
 * stops all of it, leaving no process that goes on writing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeFixture, removeFixture } from '../../build/fixture.ts';
import { groupLeft } from '../support/processes.ts';
import { verifySums, writeSums } from '../../build/checksums.ts';
import { buildsFolder, heal, processStamp, publish } from '../../build/swap.ts';
import { serve } from '../../serve/serve.ts';

const OLD = '<!doctype html><title>the published build</title>';
const sealed = (folder: string, page = OLD) => ({
  [`${folder}/index.html`]: page,
  [`${folder}/SHA256SUMS`]: `${createHash('sha256').update(page).digest('hex')}  index.html\n`,
});
// Left by builds that are gone: these process ids are above any Linux pid_max, so no running build owns them.
const GONE = ['99999991-1-gone', '99999992-1-gone'] as const;
const INTERRUPTED = { ...sealed(`.dist-builds/${GONE[0]}`), [`.dist-builds/${GONE[1]}/zh/index.html`]: 'half written' };

/**
 * What is beside dist/ that is neither the build it leads to nor `replaced`, the build that one replaced (kept until
 * the next build, so that requests begun in it can finish).
 */
function debris(root: string, replaced?: string): string[] {
  const builds = join(root, '.dist-builds');
  const current = basename(readlinkSync(join(root, 'dist')));
  const inBuilds = existsSync(builds) ? readdirSync(builds).filter((n) => n !== current && n !== replaced) : [];
  return [...readdirSync(root).filter((n) => n.startsWith('.dist-') && n !== '.dist-builds'), ...inBuilds];
}

/** dist/ leads to a whole sealed build, and a server over it serves its home page. */
async function servable(dist: string, what: string) {
  assert.ok(lstatSync(dist).isSymbolicLink(), `${what}: dist/ is a link`);
  assert.deepEqual(verifySums(dist), [], `${what}: dist/ is whole`);
  const server = await serve({ dir: dist, port: 0 });
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    assert.equal(response.status, 200, what);
    assert.match(await response.text(), /<title>/, what);
  } finally {
    server.close();
  }
}

function build(root: string) {
  const run = spawnSync(process.execPath, ['build/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 300_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

test('after a build killed while publishing (no dist/, a whole build, a half-written one, an unrenamed link), a build leaves a fresh dist/ and no debris', async () => {
  const root = makeFixture(INTERRUPTED);
  symlinkSync(`.dist-builds/${GONE[1]}`, join(root, `.dist-builds/${GONE[1]}.link`));
  try {
    const result = build(root);
    assert.equal(result.ok, true, result.output.slice(-2000));
    assert.match(result.output, new RegExp(`linked dist/ to \\.dist-builds/${GONE[0]} again`));
    assert.match(result.output, new RegExp(`removed \\.dist-builds/${GONE[1]}, left by a build that is gone`));
    assert.notEqual(readFileSync(join(root, 'dist/index.html'), 'utf8'), OLD, 'dist/ is the new build');
    assert.ok(existsSync(join(root, 'dist/zh/index.html')));
    await servable(join(root, 'dist'), 'after the build');
    assert.deepEqual(debris(root, GONE[0]), []);
  } finally {
    removeFixture(root);
  }
});

test('after a build killed while publishing, a build that then fails still leaves the last published dist/', () => {
  const root = makeFixture({ ...INTERRUPTED, 'src/content/glossary/yidaoqie.yaml': '' });
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

/** Starts a build in its own process group, and resolves once it has begun writing its folder in .dist-builds/. */
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
  const own = () => join(root, '.dist-builds', `${child.pid}-${processStamp(child.pid!)}`);
  for (let waited = 0; !existsSync(own()); waited += 50) {
    assert.ok(waited < 240_000 && child.exitCode === null, `the build never started writing:\n${output}`);
    await sleep(50);
  }
  return { child, exited, folder: own(), output: () => output };
}

/** After a stopped build: none of its processes runs on. */
async function stoppedWhole(pid: number) {
  assert.equal(await groupLeft(pid), '', 'a process of the stopped build is still running');
}

test('kill -9 at several moments of a build (as it starts, at a random point, as it seals) leaves a servable site each time, and the next build leaves no debris', async () => {
  const root = makeFixture(sealed(`.dist-builds/${GONE[0]}`));
  symlinkSync(`.dist-builds/${GONE[0]}`, join(root, 'dist'));
  const moments: [string, (folder: string) => boolean | Promise<boolean>][] = [
    ['as it starts', () => true],
    ['at a random point', async () => (await sleep(Math.random() * 20_000), true)],
    ['as it seals', (folder) => existsSync(join(folder, 'SHA256SUMS'))],
  ];
  try {
    for (const [moment, reached] of moments) {
      const running = await startBuild(root);
      while (!(await reached(running.folder)) && running.child.exitCode === null) await sleep(5);
      running.child.kill('SIGKILL');
      await running.exited;
      await stoppedWhole(running.child.pid!);
      await servable(join(root, 'dist'), `killed ${moment}`);
    }
    const replaced = basename(readlinkSync(join(root, 'dist')));
    const result = build(root);
    assert.equal(result.ok, true, result.output.slice(-2000));
    await servable(join(root, 'dist'), 'the next build');
    assert.notEqual(readFileSync(join(root, 'dist/index.html'), 'utf8'), OLD);
    assert.deepEqual(debris(root, replaced), []);
  } finally {
    removeFixture(root);
  }
});

test('SIGINT to a build in progress stops it whole, says so, dist/ stays as it was, and what it left is swept', async () => {
  const root = makeFixture(sealed('dist'));
  try {
    const running = await startBuild(root);
    running.child.kill('SIGINT');
    await running.exited;
    await stoppedWhole(running.child.pid!);
    assert.match(running.output(), /Build stopped \(SIGINT\); dist\/ is left as it was/);
    assert.equal(readFileSync(join(root, 'dist/index.html'), 'utf8'), OLD);
    // What the bundler's threads were still writing as it stopped, the next build's repair sweeps.
    heal(join(root, 'dist'));
    assert.equal(existsSync(buildsFolder(join(root, 'dist'))), false, 'nothing is left of it');
  } finally {
    removeFixture(root);
  }
});

test('publishing killed at random moments, over and over: dist/ always leads to a whole build', async () => {
  const base = mkdtempSync(join(tmpdir(), 'policy-publish-'));
  const out = join(base, 'dist');
  const first = join(buildsFolder(out), `${GONE[0]}`);
  mkdirSync(first, { recursive: true });
  writeFileSync(join(first, 'index.html'), OLD);
  writeSums(first);
  publish(first, out);
  // A build's last steps, as build.ts takes them: write a folder of its own, seal it, publish it; again and again.
  const publisher = `import { mkdirSync, writeFileSync } from 'node:fs'; import { join } from 'node:path';
    import { ownFolder, publish } from ${JSON.stringify(new URL('../../build/swap.ts', import.meta.url).href)};
    import { writeSums } from ${JSON.stringify(new URL('../../build/checksums.ts', import.meta.url).href)};
    const out = ${JSON.stringify(out)};
    process.stdout.write('ready\\n');
    for (let i = 0; ; i++) {
      const next = ownFolder(out) + 'x' + i;
      mkdirSync(join(next, 'zh'), { recursive: true });
      for (const f of ['index.html', 'zh/index.html']) writeFileSync(join(next, f), '<title>build ' + i + '</title>');
      writeSums(next);
      publish(next, out);
    }`;
  try {
    const seen = new Set<string>();
    for (let round = 0; round < 15; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', publisher], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((done) => child.stdout.once('data', done));
      await sleep(Math.random() * 60);
      child.kill('SIGKILL');
      await new Promise((done) => child.on('exit', done));
      assert.deepEqual(verifySums(out), [], `round ${round}: dist/ is whole`);
      seen.add(readFileSync(join(out, 'index.html'), 'utf8'));
    }
    // That the kills fell at different moments, not all before the first publish; how many differ depends on how
    // busy the machine is (on a loaded one the child publishes few builds before it is killed).
    assert.ok(seen.size >= 3, `the kills fell at different moments: ${[...seen].join(', ')}`);
    heal(out);
    assert.deepEqual(readdirSync(buildsFolder(out)), [basename(readlinkSync(out))], 'the next build sweeps the rest');
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('a build killed while a plain dist/ folder was being replaced by the link: the next build links the newest whole build', () => {
  const base = mkdtempSync(join(tmpdir(), 'policy-migrate-'));
  const out = join(base, 'dist');
  const builds = buildsFolder(out);
  const files = {
    ...sealed(`${GONE[0]}.previous`, '<title>the plain folder</title>'),
    ...sealed(GONE[0], '<title>the new build</title>'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(builds, path, '..'), { recursive: true });
    writeFileSync(join(builds, path), text);
  }
  utimesSync(join(builds, `${GONE[0]}.previous`, 'SHA256SUMS'), new Date(2020, 0), new Date(2020, 0));
  symlinkSync(`.dist-builds/${GONE[0]}`, join(builds, `${GONE[0]}.link`));
  try {
    assert.match(heal(out).join('\n'), new RegExp(`linked dist/ to \\.dist-builds/${GONE[0]} again`));
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), '<title>the new build</title>');
    assert.deepEqual(readdirSync(builds), [GONE[0]]);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

const linux = { skip: !existsSync('/proc/self/stat') && 'needs /proc (Linux)' };

test(
  'a leftover is told from a running build by its start time: a killed build not yet reaped, or a reused pid, is gone',
  linux,
  async () => {
    const base = mkdtempSync(join(tmpdir(), 'policy-owners-'));
    const out = join(base, 'dist');
    const builds = buildsFolder(out);
    // `sleep 60` runs; its child, which it never reaps, has ended: a zombie, which still answers kill(pid, 0).
    const parent = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const zombie = Number(await new Promise((done) => parent.stdout.once('data', done)));
    try {
      let zombieStat = '';
      for (let waited = 0; !/\) Z /.test(zombieStat) && waited < 5000; waited += 20) {
        zombieStat = readFileSync(`/proc/${zombie}/stat`, 'utf8');
        await sleep(20);
      }
      const startOf = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').slice(0, 8);
      const running = `${parent.pid}-${processStamp(parent.pid!)}`;
      const leftovers = {
        zombie: `${zombie}-${startOf(zombieStat)}-${boot}`,
        reused: `${parent.pid}-1-${boot}`, // that pid, but another process's start time
        'an earlier boot': `${parent.pid}-${processStamp(parent.pid!)!.split('-')[0]}-00000000`,
      };
      for (const name of [running, ...Object.values(leftovers)]) mkdirSync(join(builds, name), { recursive: true });
      const done = heal(out);
      assert.deepEqual(readdirSync(builds), [running], `the running build's folder alone is kept: ${done.join('; ')}`);
    } finally {
      parent.kill();
      rmSync(base, { recursive: true, force: true });
    }
  },
);
