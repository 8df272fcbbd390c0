/**
 * The server behind `npm start` (serve/serve.ts) under attack: malformed URLs, traversal to a folder beside the
 * site, symlinks leading out, dotfiles, open redirects and odd methods each get a safe answer, and the server keeps
 * serving after every one; a rebuild's swap while serving never turns a page into a 404.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../serve/serve.ts';
import { CSP_HEADER } from '../../src/lib/csp.ts';
import { fakeProject, header, raw as rawTo, writeSite } from '../support/serve-site.ts';

const { base, site } = fakeProject();
symlinkSync(join(base, 'dist-secret'), join(site, 'linked'));
symlinkSync(join(base, 'dist-secret', 'secret.txt'), join(site, 'leak.txt'));

const server = await serve({ dir: site, port: 0 });
const port = (server.address() as AddressInfo).port;
const origin = `http://127.0.0.1:${port}`;
const raw = (request: string) => rawTo(port, request);
after(() => {
  server.close();
  rmSync(base, { recursive: true, force: true });
});

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
    const direct = await fetch(`${at}/404.html`);
    assert.equal(direct.status, 200, 'the page itself, asked for by name');
    assert.equal(direct.headers.get('content-security-policy'), `${policy}; frame-ancestors 'none'`);
    assert.match(await direct.text(), /the 404 page/);
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

test('an absolute-form request target (GET http://host/zh/ HTTP/1.1), which HTTP/1.1 servers must accept, is served by its path', async () => {
  for (const [target, status, body] of [
    ['http://x/zh/', 200, /zh home/],
    ['HTTP://X:80/zh/', 200, /zh home/],
    ['https://x.example/zh/index.html', 200, /zh home/],
    ['http://x', 200, /<title>home/],
    ['http://x?q=1', 200, /<title>home/],
    ['http://x/nope/', 404, /the 404 page/],
    ['http://x/.env', 404, /the 404 page/],
  ] as const) {
    const answer = await raw(`GET ${target} HTTP/1.1`);
    assert.equal(answer.status, status, target);
    assert.match(answer.body, body, target);
  }
  const folder = await raw('GET http://x/zh?q=%2F%2Fx HTTP/1.1');
  assert.equal(folder.status, 301);
  assert.equal(header(folder, 'location'), '/zh/?q=%2f%2fx', 'a path of this site, whatever host was named');
  for (const target of ['http://[/zh/', 'http://a b/zh/', 'ftp://x/zh/'])
    assert.equal((await raw(`GET ${target} HTTP/1.1`)).status, 400, target);
});

test("the answers Node would write by itself (400, 408, 413, 417, 431, and 405 to CONNECT) carry the site's headers", async () => {
  const slow = await serve({ dir: site, port: 0, requestTimeout: 300 });
  const slowPort = (slow.address() as AddressInfo).port;
  const cases: [string, number, string, number?][] = [
    ['garbage request line', 400, 'NOT HTTP AT ALL\r\n\r\n'],
    ['a header name with a space', 400, 'GET /zh/ HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n'],
    ['an unknown HTTP version', 400, 'GET /zh/ HTTP/7.1\r\nHost: x\r\n\r\n'],
    ['HTTP/1.1 without Host', 400, 'GET /zh/ HTTP/1.1\r\nConnection: close\r\n\r\n'],
    [
      'a body both chunked and sized',
      400,
      'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
    ],
    ['headers larger than Node takes', 431, `GET /zh/ HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    [
      'chunk extensions larger than Node takes',
      413,
      `GET /zh/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;${'a'.repeat(20_000)}\r\nx\r\n0\r\n\r\n`,
    ],
    [
      'an expectation it cannot meet',
      417,
      'GET /zh/ HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nConnection: close\r\n\r\n',
    ],
    ['a CONNECT', 405, 'CONNECT x.example:443 HTTP/1.1\r\nHost: x.example:443\r\n\r\n'],
    ['a request that never finishes its headers', 408, 'GET /zh/ HTTP/1.1\r\nHost: x\r\n', slowPort],
  ];
  try {
    for (const [what, status, request, at = port] of cases) {
      const answer = await rawTo(at, request);
      assert.equal(answer.status, status, `${what}: ${answer.head}`);
      assert.equal(header(answer, 'content-security-policy'), CSP_HEADER.toLowerCase(), what);
      assert.equal(header(answer, 'x-content-type-options'), 'nosniff', what);
      assert.equal(header(answer, 'referrer-policy'), 'no-referrer', what);
      await stillServing();
    }
  } finally {
    slow.close();
  }
  const waiting = await raw('GET /zh/ HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n');
  assert.equal(waiting.status, 200, 'Expect: 100-continue on a GET: the answer at once');
  assert.equal(header(waiting, 'content-security-policy'), CSP_HEADER.toLowerCase());
});

test('--prefix is read as a browser reads a path: dot segments resolved, percent-encoding in any case, ? and # refused', async () => {
  const cases: [string, string, string[]][] = [
    ['/a/../b/', '/b/', ['/b/zh/']],
    ['/a/./b/%2e%2e/c', '/a/c/', ['/a/c/zh/']],
    [
      '档案/nmg',
      '/%E6%A1%A3%E6%A1%88/nmg/',
      ['/%E6%A1%A3%E6%A1%88/nmg/zh/', '/%e6%a1%a3%e6%a1%88/nmg/zh/', '/%e6%A1%a3%E6%a1%88/nmg/zh/'],
    ],
    ['/%e6%a1%a3%e6%a1%88/', '/%E6%A1%A3%E6%A1%88/', ['/%E6%A1%A3%E6%A1%88/zh/', '/%e6%a1%a3%e6%a1%88/zh/']],
    ['/a b/c:d/', '/a%20b/c:d/', ['/a%20b/c:d/zh/', '/a%20b/c%3Ad/zh/', '/a%20b/c%3ad/zh/']],
  ];
  for (const [prefix, path, served] of cases) {
    const mounted = await serve({ dir: site, port: 0, prefix });
    const at = (mounted.address() as AddressInfo).port;
    try {
      for (const target of served) {
        const answer = await rawTo(at, `GET ${target} HTTP/1.1`);
        assert.equal(answer.status, 200, `${prefix}: ${target}`);
        assert.match(answer.body, /zh home/);
      }
      const bare = await rawTo(at, `GET ${path.slice(0, -1)} HTTP/1.1`);
      assert.equal(bare.status, 301, `${prefix}: the prefix without its slash`);
      assert.equal(header(bare, 'location'), path.toLowerCase());
      assert.equal((await rawTo(at, 'GET /zh/ HTTP/1.1')).status, 404, `${prefix}: outside the prefix`);
    } finally {
      mounted.close();
    }
  }
  for (const [prefix, message] of [
    ['/archive?x/', /"\?" cannot be part of a path/],
    ['/archive#top/', /"#" cannot be part of a path/],
    ['/a\\b/', /backslash/],
    ['/a/%ff/', /not valid percent-encoded UTF-8/],
  ] as const)
    await assert.rejects(serve({ dir: site, port: 0, prefix }), message, prefix);
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
