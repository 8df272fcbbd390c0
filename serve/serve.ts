/**
 * The static server behind `npm start` and `npm run serve`: `send` (the file server inside Express's serve-static)
 * does the file work (types, ranges, ETag, HEAD, index.html); this file decides what may be asked for.
 * It serves the built folder only: no dotfiles, nothing beside it, no symlink leading out of it. A malformed URL gets
 * 400, a method other than GET or HEAD 405, a missing file the site's 404.html (or a plain 404), and nothing ends the
 * server. Redirects only ever add a slash to a path of this site. The folder is looked up on every request, so a
 * rebuild (which swaps folders by renaming) is served at once, and the instant between its two renames waits.
 *
 *   node serve/serve.ts [--dir dist] [--port 4321] [--prefix /archive/] [--no-csp] [--gzip]   (PORT, HOST too)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import send from 'send';
import compression from 'compression';
import { CSP_HEADER } from '../src/lib/csp.ts';

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
}

/** Types `send` would get wrong or leave out: JavaScript as RFC 9239 names it, SHA256SUMS as text. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '': 'text/plain; charset=utf-8',
};
/** How long a request waits for the site folder while a build swaps it (the gap is two renames long). */
const SWAP_WAIT_MS = 2000;

/**
 * Which folder is the site now (a swap puts another one there), or null while there is none. The inode alone is not
 * enough: a folder made after another was deleted may get its number, so the times of its making and renaming count too.
 */
const identity = (dir: string) =>
  stat(dir, { bigint: true }).then(
    (s) => `${s.dev}:${s.ino}:${s.birthtimeNs}:${s.ctimeNs}`,
    () => null,
  );

/** The site folder's real path now, waiting out a swap; null when there is no built site. */
async function siteRoot(dir: string): Promise<string | null> {
  for (let waited = 0; ; waited += 20) {
    const real = await realpath(dir).catch(() => null);
    if (real || waited >= SWAP_WAIT_MS) return real;
    await sleep(20);
  }
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
};

function plain(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(request.method === 'HEAD' ? undefined : text + '\n');
}

/** The policy a page states in its own <meta>, as a header (which alone can forbid framing). */
const ownPolicy = (page: Buffer) => {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page.toString('utf8'));
  return meta ? `${meta[1]}; frame-ancestors 'none'` : null;
};

async function notFound(request: IncomingMessage, response: ServerResponse, root: string) {
  const page = await readFile(join(root, '404.html')).catch(() => null);
  if (!page) return plain(request, response, 404, 'Not found');
  // The 404 page's inline style is allowed by its hash, so the header must be the policy of the page served, which
  // a stale build or another copy of the site may have made from another stylesheet than this checkout's.
  const policy = response.hasHeader('content-security-policy') && ownPolicy(page);
  if (policy) response.setHeader('content-security-policy', policy);
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
  response.end(request.method === 'HEAD' ? undefined : page);
}

export function serve({
  dir,
  port,
  prefix = '/',
  csp = true,
  gzip = false,
  host = '127.0.0.1',
}: ServeOptions): Promise<Server> {
  const mount = encodeURI(`/${prefix}/`.replace(/\/{2,}/g, '/'));
  const security: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(csp ? { 'content-security-policy': CSP_HEADER } : {}),
  };

  async function handle(request: IncomingMessage, response: ServerResponse, attempt = 1): Promise<void> {
    for (const [name, value] of Object.entries(security)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(request, response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    const target = request.url ?? '';
    const [rawPath = '', query] = target.split('#')[0]!.split(/\?(.*)/s);
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return plain(request, response, 400, 'Bad request: the address is not valid percent-encoded UTF-8');
    }
    if (!rawPath.startsWith('/') || path.includes('\0')) return plain(request, response, 400, 'Bad request');
    const root = await siteRoot(dir);
    const folder = await identity(dir);
    if (!root) return plain(request, response, 503, `No site is built in ${dir}/ yet: run npm run build.`);
    if (`${rawPath}/` === mount) return redirect(response, mount, query);
    if (!rawPath.startsWith(mount)) return notFound(request, response, root);
    const rest = rawPath.slice(mount.length - 1);
    // Refuse what leads out of the folder: `..` (also as %2f..), and symlinks pointing elsewhere.
    const file = resolve(root, '.' + decodeURIComponent(rest));
    if (!inside(root, file)) return notFound(request, response, root);
    for (const candidate of [file, join(file, 'index.html')]) {
      const real = await realpath(candidate).catch(() => null);
      if (real && !inside(root, real)) return notFound(request, response, root);
    }
    send(request, rest, { root, index: ['index.html'], dotfiles: 'ignore' })
      .on('headers', (res: ServerResponse, filePath: string) => {
        const type = TYPES[extname(filePath)];
        if (type) res.setHeader('content-type', type);
      })
      // A folder asked for without its slash: the canonical path of that folder, so never another host.
      .on('directory', (res: ServerResponse, dirPath: string) => {
        const segments = relative(root, dirPath).split(sep).filter(Boolean).map(encodeURIComponent);
        redirect(res, mount + segments.map((s) => s + '/').join(''), query);
      })
      .on('error', async (error: { status?: number; headers?: Record<string, string> }) => {
        if (response.headersSent) return void response.destroy();
        const status = error.status ?? 500;
        if (status === 404 || status === 403) {
          // A build swapped the folder while this request was in it: ask the new one (a few times, for rapid swaps).
          const now = await identity(dir);
          if (attempt < 4 && (now === null || now !== folder)) return handle(request, response, attempt + 1);
          return notFound(request, response, root);
        }
        plain(request, response, status, status === 400 ? 'Bad request' : `Error ${status}`, error.headers);
      })
      .pipe(response);
  }

  const compress = gzip ? compression() : null;
  const server = createServer((request, response) => {
    const run = () =>
      void handle(request, response).catch((error: Error) => {
        console.error(`serve: ${request.method} ${request.url}: ${error.stack ?? error.message}`);
        if (!response.headersSent) plain(request, response, 500, 'Internal error');
        else response.destroy();
      });
    if (compress) compress(request as never, response as never, run);
    else run();
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

function redirect(response: ServerResponse, location: string, query: string | undefined) {
  response.writeHead(301, { location: location + (query === undefined ? '' : `?${query}`) });
  response.end();
}

if (import.meta.main) {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      prefix: { type: 'string', default: '/' },
      csp: { type: 'boolean', default: true },
      gzip: { type: 'boolean', default: false },
    },
  });
  const host = process.env.HOST ?? '127.0.0.1';
  const server = await serve({
    dir: values.dir,
    port: Number(values.port),
    prefix: values.prefix,
    csp: values.csp,
    gzip: values.gzip,
    host,
  }).catch((error: Error) => {
    console.error(`Cannot listen on ${host}:${values.port}: ${error.message}. Set PORT (or --port) to a free port.`);
    process.exit(1);
  });
  const { port } = server.address() as { port: number };
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(
    `Serving ${values.dir}/ at http://${shown}:${port}${encodeURI(`/${values.prefix}/`.replace(/\/{2,}/g, '/'))}  (Ctrl+C to stop)`,
  );
}
