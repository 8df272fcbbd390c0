/**
 * Answers with a file already opened and checked (site-file.ts), through `send`: it does the HTTP of a file (type,
 * ETag and Last-Modified, conditional requests, ranges, HEAD) from the stat it is given, and reads the body from the
 * descriptor it is given, never from the name again. So the headers and the body are of one file, even if the name
 * is replaced meanwhile. A body that comes out shorter or longer than its Content-Length (the file was truncated or
 * grew while being read) closes the connection, so that the client sees a broken answer instead of waiting for
 * bytes that will never come, or reading the next answer's first bytes as this one's.
 */
import type { ReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import send from 'send';
import type { SiteFile } from './site-file.ts';

/** Types `send` would get wrong or leave out: JavaScript as RFC 9239 names it, SHA256SUMS as text. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '': 'text/plain; charset=utf-8',
};

export interface SendError {
  status?: number;
  headers?: Record<string, string>;
}

/** Makes the response fail (close its connection) unless exactly Content-Length bytes are read for it. */
function exactLength(body: ReadStream, response: ServerResponse) {
  const expected = Number(response.getHeader('content-length'));
  let read = 0;
  // Attached before send pipes the stream to the response, so these run before each chunk is written.
  body.on('data', (chunk: Buffer | string) => {
    read += chunk.length;
    if (read > expected) response.destroy();
  });
  body.on('end', () => {
    if (read !== expected) response.destroy();
  });
}

export function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: SiteFile,
  fail: (error: SendError) => void,
): void {
  // `fd` reaches fs.createReadStream, which then reads that descriptor and closes it when done.
  const stream = send(request, file.path, { fd: file.handle } as send.SendOptions);
  // send.pipe() sets the response and then looks the file up by name; send() with our stat skips that lookup.
  Object.assign(stream, { res: response });
  let streamed = false;
  stream
    .on('headers', (res: ServerResponse) => {
      const type = TYPES[extname(file.path)];
      if (type) res.setHeader('content-type', type);
    })
    .on('stream', (body: ReadStream) => {
      streamed = true;
      exactLength(body, response);
    })
    .on('error', fail);
  stream.send(file.path, file.stat);
  // HEAD, 304, 412 and 416 answer without reading: the descriptor is still ours to close.
  if (!streamed) void file.handle.close();
}
