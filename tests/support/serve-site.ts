/**
 * For the server's tests: a small fake built site in a temporary folder (no Astro build), a secret beside it that
 * must never be served, and a way to send a request exactly as written (fetch would normalise it).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SECRET = 'SECRET beside dist';

/** A temporary folder holding dist/ (a small site) and dist-secret/secret.txt beside it. */
export function fakeProject(label = 'home'): { base: string; site: string; secret: string } {
  const base = mkdtempSync(join(tmpdir(), 'policy-serve-'));
  const site = join(base, 'dist');
  writeSite(site, label);
  mkdirSync(join(base, 'dist-secret'));
  writeFileSync(join(base, 'dist-secret', 'secret.txt'), SECRET);
  return { base, site, secret: join(base, 'dist-secret', 'secret.txt') };
}

export function writeSite(dir: string, label: string, notFoundPage = true) {
  mkdirSync(join(dir, 'zh'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${label}</title>`);
  writeFileSync(join(dir, 'zh', 'index.html'), `<!doctype html><title>zh ${label}</title>`);
  writeFileSync(join(dir, 'module.mjs'), 'export {};');
  writeFileSync(join(dir, '.env'), `${SECRET} (a dotfile)`);
  if (notFoundPage) writeFileSync(join(dir, '404.html'), '<!doctype html><title>the 404 page</title>');
}

export interface RawAnswer {
  status: number;
  /** The status line and headers, lower-cased. */
  head: string;
  body: string;
}

/**
 * Sends `request` as written: a request line (then sent with a Host and asking for the connection to be closed), or
 * whole when it holds a line break. Returns what came back once the connection closed.
 */
export function raw(port: number, request: string): Promise<RawAnswer> {
  const whole = request.includes('\r\n') ? request : `${request}\r\nHost: x\r\nConnection: close\r\n\r\n`;
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(whole));
    let text = '';
    socket
      .on('data', (chunk) => (text += chunk))
      .on('error', fail)
      .on('close', () => {
        const [head = '', ...body] = text.split('\r\n\r\n');
        done({ status: Number(head.split(' ')[1]), head: head.toLowerCase(), body: body.join('\r\n\r\n') });
      });
  });
}

/** The value of one header in a raw answer's head, or null. */
export const header = (answer: RawAnswer, name: string) =>
  new RegExp(`\\r\\n${name}: ([^\\r]*)`).exec(answer.head)?.[1] ?? null;
