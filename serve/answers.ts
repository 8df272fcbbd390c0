/**
 * The answers the server writes itself (not a file's): plain text, redirects, the 404 page, and the answers Node
 * would otherwise write without any of the site's headers (a malformed request, a request too slow or too large, an
 * expectation it cannot meet), which go straight to the socket since there is no response object for them.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { HEADER_ONLY } from '../src/lib/csp.ts';

export type Headers = Record<string, string>;

export function plain(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  text: string,
  headers: Headers = {},
) {
  const body = Buffer.from(text + '\n');
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(body.length),
    ...headers,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

export function redirect(response: ServerResponse, location: string, query: string | undefined) {
  response.writeHead(301, { location: location + (query === undefined ? '' : `?${query}`), 'content-length': '0' });
  response.end();
}

/** The policy a page states in its own <meta>, as a header (which alone can forbid framing). */
export function ownPolicy(page: Buffer): string | null {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page.toString('utf8'));
  return meta ? `${meta[1]!.replaceAll('&#39;', "'")}; ${HEADER_ONLY}` : null;
}

/**
 * The 404 page (or any page that carries an inline style allowed by its own policy) with `status`. Its inline style
 * is allowed by its hash, so the header must be the policy of the page served, which a stale build or another copy
 * of the site may have made from another stylesheet than this checkout's.
 */
export function ownPage(request: IncomingMessage, response: ServerResponse, status: number, page: Buffer) {
  const policy = response.hasHeader('content-security-policy') && ownPolicy(page);
  if (policy) response.setHeader('content-security-policy', policy);
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(page.length) });
  response.end(request.method === 'HEAD' ? undefined : page);
}

/** Node's own names for the errors it raises before a request exists, and the status each deserves. */
const CLIENT_ERRORS: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** An answer written straight to a socket, closing it: what Node would write, with the site's headers. */
export function rawAnswer(socket: Duplex, status: number, security: Headers, extra: Headers = {}) {
  const text = `${STATUS_CODES[status] ?? 'Error'}\n`;
  const headers = {
    ...security,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    connection: 'close',
    ...extra,
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${head.join('')}\r\n${text}`);
}

/**
 * The server's 'clientError': Node's own answer (400, 408, 413 or 431) with the site's headers. As Node does, it
 * writes nothing when an answer to an earlier request on the same connection has begun (that would corrupt it), and
 * nothing to a socket that is already gone.
 */
export function clientError(security: Headers) {
  return (error: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: ServerResponse | null }) => {
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    rawAnswer(socket, CLIENT_ERRORS[error.code ?? ''] ?? 400, security);
  };
}
