/**
 * The server (serve/serve.ts) against what dist/ itself may hold: it serves regular files inside the folder only,
 * decided on the file it opened. A 404 page, a name or a link that leads out or to a dotfile, a name flipped between
 * a file and such a link, FIFOs, devices and sockets, files replaced or truncated while being sent: none of them
 * gives a byte of anything else, stops the server, or leaves a connection waiting for bytes that never come.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { connect, createServer as createSocketServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '../../serve/serve.ts';
import { openInside, readWhole } from '../../serve/site-file.ts';
import { fakeProject, raw as rawTo, SECRET } from '../support/serve-site.ts';

const { base, site, secret } = fakeProject();
const server = await serve({ dir: site, port: 0 });
const port = (server.address() as AddressInfo).port;
const origin = `http://127.0.0.1:${port}`;
const raw = (request: string) => rawTo(port, request);
const sockets: { close(): void }[] = [];
after(() => {
  server.close();
  for (const s of sockets) s.close();
  rmSync(base, { recursive: true, force: true });
});

/** Replaces (or makes) dist/<name> with what `make` puts at that path. */
function place(name: string, make: (path: string) => void) {
  const path = join(site, name);
  rmSync(path, { recursive: true, force: true });
  mkdirSync(join(path, '..'), { recursive: true });
  make(path);
}
const link = (target: string) => (path: string) => symlinkSync(target, path);
const fifo = (path: string) => assert.equal(spawnSync('mkfifo', [path]).status, 0);

/** Every request ends in a bounded time: a hang fails the test rather than stalling it. */
const get = (path: string) => fetch(origin + path, { signal: AbortSignal.timeout(10_000) });

async function stillServing() {
  const response = await get('/zh/');
  assert.equal(response.status, 200);
  assert.match(await response.text(), /zh home/);
}

test('a 404.html that leads out, to a dotfile, or is no regular file is never served: a plain 404 instead', async () => {
  writeFileSync(join(site, '.hidden.html'), `${SECRET} (a dotfile)`);
  const kinds: [string, (path: string) => void][] = [
    ['a symlink to a file beside the site', link(secret)],
    ['a relative symlink leading out', link('../dist-secret/secret.txt')],
    ['a symlink to a dotfile of the site', link('.hidden.html')],
    ['a symlink to a device', link('/dev/zero')],
    ['a FIFO', fifo],
    ['a folder', (path) => mkdirSync(path)],
  ];
  try {
    for (const [kind, make] of kinds) {
      place('404.html', make);
      for (const path of ['/nope/', '/404.html', '/a/b/c']) {
        const response = await get(path);
        assert.equal(response.status, 404, `${kind}: ${path}`);
        const body = await response.text();
        assert.doesNotMatch(body, /SECRET/, kind);
        assert.match(body, /^Not found/, kind);
      }
      await stillServing();
    }
  } finally {
    place('404.html', (path) => writeFileSync(path, '<!doctype html><title>the 404 page</title>'));
  }
});

test('a symlink to a dotfile, at any depth, is never served', async () => {
  mkdirSync(join(site, '.hidden'), { recursive: true });
  writeFileSync(join(site, '.hidden', 'notes.txt'), `${SECRET} (in a dot folder)`);
  writeFileSync(join(site, '.hidden', 'index.html'), `${SECRET} (a dot folder's index)`);
  place('public.txt', link('.env'));
  place('notes.txt', link('.hidden/notes.txt'));
  place('docs', link('.hidden'));
  place('chain.txt', link('public.txt'));
  place('zh/deep.txt', link('../.hidden/notes.txt'));
  for (const path of ['/public.txt', '/notes.txt', '/docs/notes.txt', '/docs/', '/chain.txt', '/zh/deep.txt']) {
    const answer = await raw(`GET ${path} HTTP/1.1`);
    assert.equal(answer.status, 404, path);
    assert.doesNotMatch(answer.body, /SECRET/, path);
  }
  // A symlink inside the site to a file of the site is fine.
  place('home.html', link('zh/index.html'));
  assert.match(await (await get('/home.html')).text(), /zh home/);
});

test('FIFOs, devices and sockets are refused at once, however many ask, and the server keeps serving', async () => {
  place('pipe.html', fifo);
  place('zh/piped/index.html', fifo);
  place('zero.html', link('/dev/zero'));
  place('null.txt', link('/dev/null'));
  const unix = createSocketServer();
  await new Promise<void>((done) => unix.listen(join(site, 'socket.html'), done));
  sockets.push(unix);
  const paths = ['/pipe.html', '/zh/piped/', '/zero.html', '/null.txt', '/socket.html'];
  // A device node of its own needs root (CAP_MKNOD): tried, and left out where it cannot be made.
  if (spawnSync('mknod', [join(site, 'device.html'), 'c', '1', '3']).status === 0) paths.push('/device.html');
  // More requests at once than libuv has threads (4): a blocking open would take them all.
  const statuses = await Promise.all(
    paths.flatMap((path) => Array.from({ length: 6 }, () => get(path).then((r) => r.status))),
  );
  assert.deepEqual([...new Set(statuses)], [404]);
  await stillServing();
});

/** Runs `script` (an ES module body) in its own process until `work` is done, then stops it. */
async function whileRunning(script: string, work: () => Promise<void>) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await new Promise((done) => setTimeout(done, 100));
    await work();
  } finally {
    child.kill('SIGKILL');
  }
}

test('a name flipped between a file and a symlink leading out never gives a byte of the outside file', async () => {
  const flip = join(site, 'flip.txt');
  const flipper = `import { renameSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
    const [flip, secret] = ${JSON.stringify([flip, secret])};
    for (let i = 0; ; i++) {
      const next = flip + '.next';
      rmSync(next, { force: true });
      if (i % 2) symlinkSync(secret, next); else writeFileSync(next, 'inside');
      renameSync(next, flip);
    }`;
  const bodies = new Map<string, number>();
  await whileRunning(flipper, async () => {
    const reader = async () => {
      for (let i = 0; i < 200; i++) {
        let body: string;
        try {
          const response = await get('/flip.txt');
          const text = await response.text();
          body = response.status === 200 ? text : String(response.status);
        } catch (error) {
          body = `failed: ${(error as Error).message}`;
        }
        bodies.set(body, (bodies.get(body) ?? 0) + 1);
      }
    };
    await Promise.all([reader(), reader(), reader(), reader()]);
    // The same decision where there is no /proc: the name is resolved again and must lead to the opened file.
    for (let i = 0; i < 1000; i++) {
      const opened = await openInside(site, 'flip.txt', false);
      const body = 'fallback: ' + (opened.kind === 'file' ? String(await readWhole(opened.file)) : opened.kind);
      bodies.set(body, (bodies.get(body) ?? 0) + 1);
    }
  });
  assert.ok(![...bodies.keys()].some((b) => /SECRET|failed/.test(b)), JSON.stringify([...bodies]));
  assert.ok((bodies.get('inside') ?? 0) > 0, `the file itself was served too: ${JSON.stringify([...bodies])}`);
});

test('a file replaced while being asked for: headers and body are of one file, whole', async () => {
  const big = 'a'.repeat(300_000);
  const small = 'b'.repeat(100_000);
  const name = join(site, 'changing.txt');
  writeFileSync(name, big);
  const replacer = `import { renameSync, writeFileSync } from 'node:fs';
    const name = ${JSON.stringify(name)};
    const [big, small] = ['a'.repeat(${big.length}), 'b'.repeat(${small.length})];
    for (let i = 0; ; i++) { writeFileSync(name + '.next', i % 2 ? small : big); renameSync(name + '.next', name); }`;
  const faults: string[] = [];
  let whole = 0;
  await whileRunning(replacer, async () => {
    const reader = async () => {
      for (let i = 0; i < 150; i++) {
        try {
          const response = await get('/changing.txt');
          const length = Number(response.headers.get('content-length'));
          const body = await response.text();
          if (body !== big && body !== small) faults.push(`a body of ${body.length} bytes that is neither file`);
          else if (body.length !== length) faults.push(`Content-Length ${length} with a body of ${body.length}`);
          else whole++;
        } catch (error) {
          faults.push(`failed: ${(error as Error).message}`);
        }
        if (faults.length) return;
      }
    };
    await Promise.all([reader(), reader(), reader(), reader()]);
  });
  assert.deepEqual(faults, []);
  assert.equal(whole, 600);
});

test('a file truncated while it is being sent closes the connection: never a short body on a kept-alive one', async () => {
  const name = join(site, 'large.bin');
  writeFileSync(name, Buffer.alloc(32 << 20, 7));
  const outcome = await new Promise<{ length: number; received: number; closed: boolean }>((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('GET /large.bin HTTP/1.1\r\nHost: x\r\n\r\n'));
    let head = '';
    let received = 0;
    let length = 0;
    let quiet: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      clearTimeout(quiet);
      socket.destroy();
      done({ length, received, closed });
    };
    socket.on('data', (chunk: Buffer) => {
      if (!length) {
        head += chunk.toString('latin1');
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        length = Number(/content-length: (\d+)/i.exec(head)![1]);
        received = head.length - end - 4;
        // Read no more for a moment (the server fills the socket and waits), and cut the file meanwhile.
        socket.pause();
        truncateSync(name, 1000);
        setTimeout(() => socket.resume(), 200);
      } else received += chunk.length;
      // A kept-alive connection that stops short and stays open: that is the fault, after 5 s without a byte.
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(false), 5000);
    });
    socket.on('close', () => finish(true)).on('error', fail);
  });
  assert.equal(outcome.length, 32 << 20);
  assert.ok(outcome.received < outcome.length, `received ${outcome.received} of ${outcome.length}`);
  assert.equal(outcome.closed, true, 'the server closed the connection');
  await stillServing();
});
