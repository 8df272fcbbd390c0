/**
 * The server as a command: it starts from any working folder, says in one line what is wrong when it cannot start,
 * starts no process of its own, and stops when the `npm run serve` the user started is stopped (Ctrl+C, SIGTERM),
 * leaving its port free and no process behind.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { groupAlive, groupLeft } from '../support/processes.ts';
import { fakeProject } from '../support/serve-site.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const SERVER = join(PROJECT, 'serve/serve.ts');
const { base } = fakeProject();
after(() => rmSync(base, { recursive: true, force: true }));

/** Runs the server command to its end (for the ways it must refuse to start). */
const refused = (args: string[], cwd = base) =>
  spawnSync(process.execPath, [SERVER, '--port', '0', ...args], { cwd, encoding: 'utf8', timeout: 30_000 });

/** Waits for the line announcing the address, and returns it. */
function announced(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = /^Serving .*$/m.exec(out)?.[0];
      if (line) done(line);
    });
    child.on('exit', (code) => fail(new Error(`exited (${code}) before serving:\n${out}`)));
  });
}

const portOf = (line: string) => Number(/:(\d+)\//.exec(line)![1]);
const portFree = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => (socket.destroy(), done(false))).on('error', () => done(true));
  });
const childrenOf = (pid: number) =>
  spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout.trim();

test('started from another working folder, it serves: --dir from there, dist/ of the project by default', async () => {
  const child = spawn(process.execPath, [SERVER, '--port', '0', '--dir', 'dist'], { cwd: base });
  try {
    const line = await announced(child);
    assert.match(line, /^Serving dist\/ at http:\/\/127\.0\.0\.1:\d+\/ {2}\(Ctrl\+C to stop\)$/);
    const response = await fetch(`http://127.0.0.1:${portOf(line)}/zh/`);
    assert.match(await response.text(), /zh home/);
  } finally {
    child.kill();
  }
  // Without --dir: the project's dist/, not the working folder's (which has one of its own here).
  const run = refused(['--prefix', '/a?b/']);
  assert.doesNotMatch(run.stderr, /dist/, 'the prefix is refused before the folder is looked at');
  const own = spawn(process.execPath, [SERVER, '--port', '0'], { cwd: base });
  const first = await new Promise<string>((done) => {
    own.stdout.on('data', (chunk) => done(String(chunk)));
    own.stderr.on('data', (chunk) => done(String(chunk)));
  });
  own.kill();
  assert.match(first, new RegExp(`(Serving |no built site in )${PROJECT.replace(/[/.]/g, '\\$&')}/dist/`));
});

test('what keeps it from starting is said in one line, never a stack trace', () => {
  for (const [args, message] of [
    [['--dir', 'nowhere'], /^serve: no built site in nowhere\/ \(no index\.html\): run npm run build\.$/],
    [['--dir', '/'], /^serve: no built site in \/ \(no index\.html\)/],
    [['--prefix', '/archive?page=2/'], /^serve: --prefix "\/archive\?page=2\/": "\?" cannot be part of a path/],
    [['--prefix', '/a#b'], /^serve: --prefix "\/a#b": "#" cannot be part of a path/],
    [['--port', 'http'], /^serve: port "http" is not a port number\.$/],
    [['--colour'], /^serve: Unknown option '--colour'.*Options: --dir/],
  ] as const) {
    const run = refused(['--dir', 'dist', ...args]);
    assert.equal(run.status, 1, args.join(' '));
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `${args.join(' ')}:\n${run.stderr}`);
    assert.match(lines[0]!, message);
  }
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`${signal} to \`npm run serve\` stops the server: its port is free and no process is left; it started none`, async () => {
    // npm from PATH, as a user types it; its own process group, so that whatever it started can be found.
    const npm = spawn('npm', ['run', 'serve', '--', '--port', '0', '--dir', join(base, 'dist')], {
      cwd: PROJECT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await announced(npm);
      const port = portOf(line);
      assert.equal((await fetch(`http://127.0.0.1:${port}/zh/`)).status, 200);
      const server = Number(childrenOf(npm.pid!).split(/\s+/)[0]);
      assert.ok(server > 0, 'npm runs the server');
      assert.equal(childrenOf(server), '', 'the server has no child process (esbuild, a shell…)');
      const exited = new Promise((done) => npm.on('exit', done));
      process.kill(npm.pid!, signal);
      await exited;
      assert.equal(await groupLeft(npm.pid!), '', 'a process is left running');
      assert.equal(await portFree(port), true, `port ${port} still answers`);
    } finally {
      if (groupAlive(npm.pid!)) process.kill(-npm.pid!, 'SIGKILL'); // a failed test leaves nothing running
    }
  });
}
