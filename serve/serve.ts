/**
 * The static server behind `npm start` and `npm run serve`. It serves regular files inside the built folder only:
 * each is opened first and then checked, on the file opened, to be a regular file inside the folder and no dotfile
 * (site-file.ts); `send` (the file server inside Express's serve-static) does the HTTP of it from that descriptor
 * (send-file.ts). A malformed request gets 400, a method other than GET or HEAD 405, a missing file the site's
 * 404.html (or a plain 404), and nothing ends the server; every answer, Node's own included, carries the site's
 * headers. Redirects only ever add a slash to a path of this site. The folder is resolved on every request (dist/ is
 * a link to the current build, which a build replaces at once), and a request that raced a build asks the new one.
 *
 *   node serve/serve.ts [--dir dist] [--port 4321] [--prefix /archive/] [--no-csp] [--gzip]   (PORT, HOST too)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import compression from 'compression';
import { CSP_HEADER } from '../src/lib/csp.ts';
import { clientError, ownPage, plain, rawAnswer, redirect, type Headers } from './answers.ts';
import { encodeSegment, parsePrefix, underPrefix } from './prefix.ts';
import { sendFile } from './send-file.ts';
import { openInside, readInside, readWhole, servable } from './site-file.ts';

export interface ServeOptions {
  dir: string;
  port: number;
  /** Where the site is mounted, e.g. /archive/ (default /). */
  prefix?: string;
  /** Send the strict Content-Security-Policy header (default true; false only to show what it blocks). */
  csp?: boolean;
  /** Gzip text, as public hosts do (Lighthouse's simulated slow network then sees real transfer sizes). */
  gzip?: boolean;
  /** Address to listen on (default 127.0.0.1: this machine only). */
  host?: string;
  /** How long a client may take to send its request, in ms (Node's default, 300 s); then it gets 408. */
  requestTimeout?: number;
}

/** How long a request waits for the site folder while there is none (a plain folder being replaced by a link). */
const SWAP_WAIT_MS = 2000;
const PAGE_404 = '404.html';
/** How often a request that raced a build asks the new one. */
const RETRIES = 10;

/** The site folder's real path now, waiting out a swap; null when there is no built site. */
async function siteRoot(dir: string): Promise<string | null> {
  for (let waited = 0; ; waited += 20) {
    const real = await realpath(dir).catch(() => null);
    if (real || waited >= SWAP_WAIT_MS) return real;
    await sleep(20);
  }
}

/**
 * The path and query of a request target. The absolute form (`GET http://host/zh/ HTTP/1.1`), which HTTP/1.1
 * servers must accept, gives its path; its host must at least be a host. Null for a target that is neither.
 */
function splitTarget(target: string): { rawPath: string; query: string | undefined } | null {
  const absolute = /^https?:\/\/([^/?#]*)/i.exec(target);
  if (absolute && !URL.canParse(`http://${absolute[1]}/`)) return null;
  const path = absolute ? target.slice(absolute[0].length).replace(/^(?!\/)/, '/') : target;
  const [rawPath = '', query] = path.split('#')[0]!.split(/\?(.*)/s);
  return rawPath.startsWith('/') ? { rawPath, query } : null;
}

function decodePath(rawPath: string): string | null {
  try {
    const path = decodeURIComponent(rawPath);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

export async function serve({
  dir,
  port,
  prefix = '/',
  csp = true,
  gzip = false,
  host = '127.0.0.1',
  requestTimeout = 300_000,
}: ServeOptions): Promise<Server> {
  const mount = parsePrefix(prefix);
  const security: Headers = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(csp ? { 'content-security-policy': CSP_HEADER } : {}),
  };

  async function notFound(request: IncomingMessage, response: ServerResponse, root: string) {
    const page = await readInside(root, PAGE_404);
    if (page) ownPage(request, response, 404, page);
    else plain(request, response, 404, 'Not found');
  }

  async function handle(request: IncomingMessage, response: ServerResponse, attempt = 1): Promise<void> {
    for (const [name, value] of Object.entries(security)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(request, response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    // Node would answer this itself, without the site's headers (requireHostHeader is off, below).
    if (request.httpVersion === '1.1' && request.headers.host === undefined)
      return plain(request, response, 400, 'Bad request: an HTTP/1.1 request needs a Host header');
    const target = splitTarget(request.url ?? '');
    if (!target || decodePath(target.rawPath) === null)
      return plain(request, response, 400, 'Bad request: the address is not a valid percent-encoded UTF-8 path');
    const { rawPath, query } = target;
    const root = await siteRoot(dir);
    if (!root) return plain(request, response, 503, `No site is built in ${dir}/ yet: run npm run build.`);
    const where = underPrefix(mount, rawPath);
    if (where === 'bare') return redirect(response, mount.path, query);
    if (!where) return notFound(request, response, root);
    // `..` (also as %2e%2e or %2f..) is resolved here; what would lead out of the folder is not found.
    const rel = relative(root, resolve(root, '.' + decodePath(where.rest)!));
    if (!servable(rel)) return notFound(request, response, root);
    const folder = where.rest.endsWith('/');
    const opened = await openInside(root, folder ? join(rel, 'index.html') : rel);
    if (opened.kind === 'folder' && !folder) {
      // A folder asked for without its slash: the canonical path of that folder, so never another host.
      const segments = rel.split(sep).filter(Boolean).map(encodeSegment);
      return redirect(response, mount.path + segments.map((s) => s + '/').join(''), query);
    }
    if (opened.kind !== 'file') {
      // A build replaced the site while this request was in it: ask the new one (again if builds follow each other
      // faster than this request is answered; each build is kept until the next but one is published).
      if (attempt < RETRIES && (await realpath(dir).catch(() => null)) !== root)
        return handle(request, response, attempt + 1);
      return notFound(request, response, root);
    }
    if (opened.file.rel === PAGE_404) {
      const page = await readWhole(opened.file);
      return page ? ownPage(request, response, 200, page) : notFound(request, response, root);
    }
    sendFile(request, response, opened.file, (error) => {
      if (response.headersSent) return void response.destroy();
      const status = error.status ?? 500;
      plain(request, response, status, status === 400 ? 'Bad request' : `Error ${status}`, error.headers);
    });
  }

  const compress = gzip ? compression() : null;
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const run = () =>
      void handle(request, response).catch((error: Error) => {
        console.error(`serve: ${request.method} ${request.url}: ${error.stack ?? error.message}`);
        if (!response.headersSent) plain(request, response, 500, 'Internal error');
        else response.destroy();
      });
    if (compress) compress(request as never, response as never, run);
    else run();
  };
  const server = createServer(
    {
      requireHostHeader: false,
      requestTimeout,
      headersTimeout: Math.min(60_000, requestTimeout),
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, requestTimeout / 4)),
    },
    onRequest,
  );
  // Every answer Node would write itself, written with the site's headers instead.
  server.on('clientError', clientError(security));
  // Expect: 100-continue: GET and HEAD have no body to wait for, so the final answer comes at once.
  server.on('checkContinue', onRequest);
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(security)) response.setHeader(name, value);
    plain(request, response, 417, 'Expectation failed: this server meets no expectation but 100-continue');
  });
  server.on('connect', (_request: IncomingMessage, socket) => rawAnswer(socket, 405, security, { allow: 'GET, HEAD' }));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

/** The command: every failure is one line that says what to do, never a stack trace. */
async function main() {
  const stop = (message: string): never => {
    console.error(`serve: ${message}`);
    process.exit(1);
  };
  let values;
  try {
    ({ values } = parseArgs({
      allowNegative: true,
      options: {
        dir: { type: 'string' },
        port: { type: 'string', default: process.env.PORT ?? '4321' },
        prefix: { type: 'string', default: '/' },
        csp: { type: 'boolean', default: true },
        gzip: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return stop(`${(error as Error).message}. Options: --dir, --port, --prefix, --no-csp, --gzip.`);
  }
  // The project's dist/ wherever the command is run from; a --dir the user gives is theirs, from where they are.
  const dir = values.dir === undefined ? resolve(import.meta.dirname, '..', 'dist') : resolve(values.dir);
  const here = relative(process.cwd(), dir);
  const shown = join(here.startsWith('..') ? dir : here, '/');
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) stop(`port ${JSON.stringify(values.port)} is not a port number.`);
  let prefix;
  try {
    prefix = parsePrefix(values.prefix);
  } catch (error) {
    return stop((error as Error).message);
  }
  if (!existsSync(join(dir, 'index.html'))) stop(`no built site in ${shown} (no index.html): run npm run build.`);
  const host = process.env.HOST ?? '127.0.0.1';
  const server = await serve({ dir, port, prefix: values.prefix, csp: values.csp, gzip: values.gzip, host }).catch(
    (error: Error) => stop(`cannot listen on ${host}:${port}: ${error.message}. Set PORT (or --port) to a free port.`),
  );
  const { port: bound } = server.address() as { port: number };
  const address = `http://${host.includes(':') ? `[${host}]` : host}:${bound}${prefix.path}`;
  console.log(`Serving ${shown} at ${address}  (Ctrl+C to stop)`);
}

if (import.meta.main) await main();
