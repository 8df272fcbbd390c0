/**
 * The server behind `npm start` (serve/serve.ts) under attack: malformed URLs, traversal to a folder beside the
 * site, symlinks leading out, dotfiles, open redirects and odd methods each get a safe answer, and the server keeps
 * serving after every one; a rebuild's swap while serving never turns a page into a 404.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../serve/serve.ts';
import { CSP_HEADER } from '../../src/lib/csp.ts';

const base = mkdtempSync(join(tmpdir(), 'policy-serve-'));
const site = join(base, 'dist');
function writeSite(dir: string, label: string, notFoundPage = true) {
  mkdirSync(join(dir, 'zh'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${label}</title>`);
  writeFileSync(join(dir, 'zh', 'index.html'), `<!doctype html><title>zh ${label}</title>`);
  writeFileSync(join(dir, 'module.mjs'), 'export {};');
  writeFileSync(join(dir, '.env'), 'SECRET=dotfile');
  if (notFoundPage) writeFileSync(join(dir, '404.html'), '<!doctype html><title>the 404 page</title>');
}
writeSite(site, 'home');
mkdirSync(join(base, 'dist-secret'));
writeFileSync(join(base, 'dist-secret', 'secret.txt'), 'SECRET beside dist');
symlinkSync(join(base, 'dist-secret'), join(site, 'linked'));
symlinkSync(join(base, 'dist-secret', 'secret.txt'), join(site, 'leak.txt'));

const server = await serve({ dir: site, port: 0 });
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => {
  server.close();
  rmSync(base, { recursive: true, force: true });
});

/** Sends one request exactly as written (fetch would normalise the path), returns the status line, headers and body. */
function raw(requestLine: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () =>
      socket.write(`${requestLine}\r\nHost: x\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket
      .on('data', (chunk) => (text += chunk))
      .on('error', fail)
      .on('end', () => {
        const [head = '', body = ''] = text.split('\r\n\r\n');
        done({ status: Number(head.split(' ')[1]), head: head.toLowerCase(), body });
      });
  });
}

async function stillServing() {
  const response = await fetch(`${origin}/zh/`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /zh home/);
}

test('malformed URLs get 400, and the server keeps serving', async () => {
  for (const path of ['/%ff', '/%', '/%E4%B8', '/%ED%A0%80', '/a%00b', 'http://[']) {
    const answer = await raw(`GET ${path} HTTP/1.1`);
    assert.equal(answer.status, 400, path);
    await stillServing();
  }
});

test('nothing beside the site, no dotfile, no symlink leading out: each is the 404 page', async () => {
  for (const path of [
    '/..%2fdist-secret/secret.txt',
    '/..%2Fdist-secret%2Fsecret.txt',
    '/../dist-secret/secret.txt',
    '/%2e%2e/dist-secret/secret.txt',
    '/.env',
    '/linked/secret.txt',
    '/leak.txt',
    '/zh/..%5c..%5cdist-secret/secret.txt',
  ]) {
    const answer = await raw(`GET ${path} HTTP/1.1`);
    assert.equal(answer.status, 404, path);
    assert.doesNotMatch(answer.body, /SECRET/, path);
    assert.match(answer.body, /the 404 page/, path);
    await stillServing();
  }
});

test('a folder without its slash redirects to this site only, never to another host', async () => {
  for (const [path, location] of [
    ['/zh', '/zh/'],
    ['/%2Fevil.example%2F..%2Fzh', '/zh/'],
    ['//evil.example/..%2fzh', '/zh/'],
    ['/%5Cevil.example%2F..%2Fzh', '/zh/'],
    ['/zh?q=%2F%2Fx', '/zh/?q=%2F%2Fx'],
  ] as const) {
    const answer = await raw(`GET ${path} HTTP/1.1`);
    assert.equal(answer.status, 301, path);
    assert.match(
      answer.head,
      new RegExp(`\\r\\nlocation: ${location.toLowerCase().replace(/[?]/g, '\\?')}(\\r|$)`),
      `${path}: ${answer.head}`,
    );
  }
  await stillServing();
});

test('only GET and HEAD: other methods get 405 with Allow', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
    const answer = await raw(`${method} /zh/ HTTP/1.1`);
    assert.equal(answer.status, 405, method);
    assert.match(answer.head, /\r\nallow: get, head/);
  }
  const head = await fetch(`${origin}/zh/`, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});

test('every answer carries the strict CSP, nosniff and a referrer policy; types are right, .mjs included', async () => {
  for (const path of ['/zh/', '/nope', '/module.mjs']) {
    const response = await fetch(origin + path);
    assert.equal(response.headers.get('content-security-policy'), CSP_HEADER, path);
    assert.match(CSP_HEADER, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
  }
  assert.equal((await fetch(`${origin}/module.mjs`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await fetch(`${origin}/zh/`)).headers.get('content-type'), 'text/html; charset=utf-8');
});

test("the 404 answer carries the served 404 page's own policy, so a build from another stylesheet stays styled", async () => {
  const other = mkdtempSync(join(tmpdir(), 'policy-serve-other-'));
  writeSite(other, 'other');
  const policy = "default-src 'self'; style-src 'self' 'sha256-b3RoZXIgc3R5bGVzaGVldA=='";
  writeFileSync(
    join(other, '404.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}"><title>the 404 page</title>`,
  );
  const serving = await serve({ dir: other, port: 0 });
  const at = `http://127.0.0.1:${(serving.address() as AddressInfo).port}`;
  try {
    const missing = await fetch(`${at}/nope/`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-security-policy'), `${policy}; frame-ancestors 'none'`);
    assert.equal((await fetch(`${at}/zh/`)).headers.get('content-security-policy'), CSP_HEADER);
  } finally {
    serving.close();
    rmSync(other, { recursive: true, force: true });
  }
  const open = await serve({ dir: site, port: 0, csp: false });
  try {
    const missing = await fetch(`http://127.0.0.1:${(open.address() as AddressInfo).port}/nope/`);
    assert.equal(missing.headers.get('content-security-policy'), null, 'no header when asked for none');
  } finally {
    open.close();
  }
});

test('without 404.html, a missing page is a plain 404, and the server stays up', async () => {
  const bare = mkdtempSync(join(tmpdir(), 'policy-serve-bare-'));
  writeSite(bare, 'bare', false);
  const plain = await serve({ dir: bare, port: 0, prefix: '/deep/' });
  const at = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  try {
    const missing = await fetch(`${at}/deep/nope/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /^Not found/);
    assert.equal((await fetch(`${at}/zh/`)).status, 404, 'outside the prefix');
    assert.equal((await fetch(`${at}/deep/zh/`)).status, 200, 'under the prefix');
  } finally {
    plain.close();
    rmSync(bare, { recursive: true, force: true });
  }
});

test('builds published by another process while pages are being read never turn a page into a 404', async () => {
  // Publishing runs in its own process, as `npm run build` does; the first replaces the plain folder by a link.
  const publisher = `import { mkdirSync, writeFileSync } from 'node:fs'; import { join } from 'node:path';
    import { buildsFolder, publish } from ${JSON.stringify(new URL('../../build/swap.ts', import.meta.url).href)};
    for (let i = 0; i < 300; i++) {
      const next = join(buildsFolder(${JSON.stringify(site)}), process.pid + '-test' + i);
      mkdirSync(join(next, 'zh'), { recursive: true });
      for (const f of ['index.html', 'zh/index.html', 'module.mjs']) writeFileSync(join(next, f), 'build ' + i);
      publish(next, ${JSON.stringify(site)});
    }`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', publisher], { stdio: 'inherit' });
  const finished = new Promise((done) => child.on('exit', done));
  let reading = true;
  void finished.then(() => (reading = false));
  const statuses: number[] = [];
  const reader = async () => {
    while (reading) statuses.push((await fetch(`${origin}/zh/`)).status, (await fetch(`${origin}/module.mjs`)).status);
  };
  await Promise.all([finished, reader(), reader(), reader(), reader()]);
  assert.equal(child.exitCode, 0);
  assert.ok(statuses.length > 20, `only ${statuses.length} requests`);
  assert.deepEqual(
    [...new Set(statuses)],
    [200],
    `${JSON.stringify(statuses.filter((s) => s !== 200))}: ${statuses.filter((s) => s !== 200).length} of ${statuses.length} failed`,
  );
});

test('--gzip compresses text for clients that accept it (as public hosts do), with the same headers', async () => {
  writeFileSync(
    join(site, 'long.html'),
    `<!doctype html><title>long</title>${'<p>分类指导，精准施策。</p>'.repeat(200)}`,
  );
  const zipping = await serve({ dir: site, port: 0, gzip: true });
  try {
    const response = await fetch(`http://127.0.0.1:${(zipping.address() as AddressInfo).port}/long.html`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    assert.equal(response.headers.get('content-security-policy'), CSP_HEADER);
    assert.equal(await response.text(), await (await fetch(`${origin}/long.html`)).text());
  } finally {
    zipping.close();
  }
});
