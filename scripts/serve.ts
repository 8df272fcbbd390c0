/**
 * A plain static file server for the built site, like any static host: index.html for folders,
 * 404.html for anything missing. It can mount the site under a sub-path (--prefix /a/b/) to prove
 * that nothing assumes the root, send a strict Content-Security-Policy (--csp), and gzip text as
 * public hosts do (--gzip; Lighthouse's simulated slow network then sees real transfer sizes).
 *
 *   node scripts/serve.ts [--dir dist] [--port 4321] [--prefix /archive/] [--csp] [--gzip]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.xml': 'application/xml', '.ico': 'image/x-icon',
};
/** No inline script or style, nothing from another origin. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface ServeOptions { dir: string; port: number; prefix: string; csp: boolean; gzip?: boolean }

export function serve({ dir, port, prefix, csp, gzip = false }: ServeOptions): Promise<Server> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const headers: Record<string, string> = csp ? { 'content-security-policy': STRICT_CSP } : {};
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = async (file: string, status: number) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      const compress = gzip && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (compress) body = gzipSync(body);
      response.writeHead(status, { ...headers, 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => send(join(root, '404.html'), 404);
    if (!pathname.startsWith(prefix)) return notFound();
    let file = normalize(join(root, pathname.slice(prefix.length)));
    if (!file.startsWith(root)) return notFound();
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { ...headers, location: pathname + '/' });
          return response.end();
        }
        file = join(file, 'index.html');
        await stat(file);
      }
      await send(file, 200);
    } catch {
      await notFound();
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env.PORT ?? '4321' },
      prefix: { type: 'string', default: '/' }, csp: { type: 'boolean', default: false }, gzip: { type: 'boolean', default: false } },
  });
  const prefix = values.prefix.endsWith('/') ? values.prefix : values.prefix + '/';
  await serve({ dir: values.dir, port: Number(values.port), prefix, csp: values.csp, gzip: values.gzip });
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}${prefix}  (Ctrl+C to stop)`);
}
