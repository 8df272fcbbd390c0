/**
 * `npm run bench:server`: the server behind `npm start` under load. It serves dist/ from its own process (as
 * `npm start` does), and autocannon holds 200 connections open for 10 s, cycling through pages, assets, a missing
 * page and a malformed address, then prints one markdown table. Afterwards the server must still answer.
 * A measurement, not a test: the figures depend on the machine.
 *
 *   npm run bench:server [-- --connections 200 --duration 10 --port 4374]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '10' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4374' },
  },
});
if (!existsSync('dist/index.html')) throw new Error('No dist/: run npm run build first.');
/** What a reader's visit asks for, plus two answers that must stay cheap and safe: a 404 and a 400. */
const PATHS = [
  '/',
  '/zh/',
  '/en/',
  '/zh/p3/',
  '/en/p4/',
  '/zh/about/',
  '/site.css',
  '/site.js',
  '/SHA256SUMS',
  '/zh/nowhere/',
  '/%ff',
];
const origin = `http://127.0.0.1:${values.port}`;

const server = spawn(process.execPath, ['serve/serve.ts', '--port', values.port], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (
    let waited = 0;
    !(await fetch(origin + '/').then(
      (r) => r.ok,
      () => false,
    ));
    waited += 100
  ) {
    if (waited > 15_000 || server.exitCode !== null) throw new Error('the server did not start');
    await sleep(100);
  }
  process.stderr.write(
    `bench:server: ${values.connections} connections for ${values.duration} s against ${origin} (${PATHS.length} addresses in turn)…\n`,
  );
  const result = await autocannon({
    url: origin,
    connections: Number(values.connections),
    duration: Number(values.duration),
    requests: PATHS.map((path) => ({ method: 'GET', path })),
  });
  const after = await fetch(`${origin}/zh/`).then(
    (r) => r.status,
    (e: Error) => e.message,
  );
  const expectedNon2xx = '404 and 400 by design';
  const rows: [string, string][] = [
    ['requests/s (mean)', result.requests.average.toFixed(0)],
    ['requests/s (slowest second)', String(result.requests.min)],
    ['requests in total', String(result.requests.total)],
    ['latency p50 / p99 / max', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`],
    ['throughput (mean)', `${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s`],
    ['connection errors', String(result.errors)],
    ['timeouts', String(result.timeouts)],
    [`non-2xx answers (${expectedNon2xx})`, String(result.non2xx)],
    ['2xx answers', String(result['2xx'])],
    ['server alive afterwards (GET /zh/)', after === 200 ? 'yes, 200' : `NO: ${after}`],
  ];
  console.log(`\n| server: ${values.connections} connections, ${values.duration} s | |\n| --- | --- |`);
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
  if (after !== 200 || server.exitCode !== null) process.exitCode = 1;
} finally {
  server.kill();
}
