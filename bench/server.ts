/**
 * `npm run bench:server`: the server behind `npm start` under load, beside a plain baseline, `python3 -m http.server`
 * over the same dist/ (Python's standard-library file server, a threaded HTTP/1.0 one that checks nothing but `..`).
 * Each serves from its own process; autocannon holds 200 connections open for 10 s against one, then the other,
 * `--rounds` times in turn (so that a busy machine weighs on both alike), cycling through pages, assets, a missing
 * page and a malformed address, and one markdown table gives both and their ratio. Afterwards this server must still
 * answer. A measurement, not a test: the figures depend on the machine.
 *
 *   npm run bench:server [-- --connections 200 --duration 10 --rounds 2 --port 4374]   (python3 gets port + 1)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4374' },
  },
});
const PROJECT = resolve(import.meta.dirname, '..');
const dist = join(PROJECT, 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('No dist/: run npm run build first.');
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

interface Contender {
  name: string;
  origin: string;
  process: ChildProcess;
  results: autocannon.Result[];
}

async function start(name: string, port: number, command: string, args: string[]): Promise<Contender> {
  // Python logs every request, and every connection autocannon drops, on stderr: not for this table.
  const stderr = command === 'python3' ? 'ignore' : 'inherit';
  const child = spawn(command, args, { cwd: PROJECT, stdio: ['ignore', 'ignore', stderr] });
  let failed: Error | undefined;
  child.on('error', (error) => (failed = error)); // e.g. no python3 on this machine
  const origin = `http://127.0.0.1:${port}`;
  const up = () =>
    fetch(origin + '/').then(
      (r) => r.ok,
      () => false,
    );
  for (let waited = 0; !(await up()); waited += 100) {
    if (waited > 15_000 || child.exitCode !== null || failed)
      throw new Error(`${name} did not start${failed ? `: ${failed.message}` : ''}`);
    await sleep(100);
  }
  return { name, origin, process: child, results: [] };
}

const port = Number(values.port);
const ours = await start('this server', port, process.execPath, ['serve/serve.ts', '--port', String(port)]);
const contenders = [ours];
try {
  // The link's target, so that Python serves the very folder dist/ leads to now.
  const args = ['-m', 'http.server', String(port + 1), '--bind', '127.0.0.1', '--directory', realpathSync(dist)];
  contenders.push(await start('python3 -m http.server', port + 1, 'python3', args));
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const contender of contenders) {
      process.stderr.write(
        `bench:server: round ${round}, ${contender.name}: ${values.connections} connections for ${values.duration} s (${PATHS.length} addresses in turn)…\n`,
      );
      contender.results.push(
        await autocannon({
          url: contender.origin,
          connections: Number(values.connections),
          duration: Number(values.duration),
          requests: PATHS.map((path) => ({ method: 'GET', path })),
        }),
      );
    }
  }
  const after = await fetch(`${ours.origin}/zh/`).then(
    (r) => r.status,
    (e: Error) => e.message,
  );
  const mean = (c: Contender, f: (r: autocannon.Result) => number) =>
    c.results.reduce((sum, r) => sum + f(r), 0) / c.results.length;
  const sum = (c: Contender, f: (r: autocannon.Result) => number) => c.results.reduce((s, r) => s + f(r), 0);
  const rows: [string, (c: Contender) => string][] = [
    ['requests/s (mean)', (c) => mean(c, (r) => r.requests.average).toFixed(0)],
    ['requests/s (slowest second)', (c) => String(Math.min(...c.results.map((r) => r.requests.min)))],
    ['requests in total', (c) => String(sum(c, (r) => r.requests.total))],
    ['latency p50 / p99 (ms, mean)', (c) => `${mean(c, (r) => r.latency.p50)} / ${mean(c, (r) => r.latency.p99)}`],
    ['throughput (mean)', (c) => `${(mean(c, (r) => r.throughput.average) / 1024 / 1024).toFixed(1)} MiB/s`],
    ['connection errors', (c) => String(sum(c, (r) => r.errors))],
    ['timeouts', (c) => String(sum(c, (r) => r.timeouts))],
    ['non-2xx answers (404 and 400 by design)', (c) => String(sum(c, (r) => r.non2xx))],
    ['2xx answers', (c) => String(sum(c, (r) => r['2xx']))],
  ];
  const [a, b] = [ours, contenders[1]!];
  const rate = (c: Contender) => mean(c, (r) => r.requests.average);
  console.log(
    `\n| ${values.connections} connections, ${values.duration} s × ${values.rounds} rounds each | ${a.name} | ${b.name} |\n| --- | --- | --- |`,
  );
  for (const [name, value] of rows) console.log(`| ${name} | ${value(a)} | ${value(b)} |`);
  console.log(`| requests/s, this server ÷ python3 | ${(rate(a) / rate(b)).toFixed(2)} | |`);
  console.log(`| this server alive afterwards (GET /zh/) | ${after === 200 ? 'yes, 200' : `NO: ${after}`} | |`);
  if (after !== 200 || ours.process.exitCode !== null) process.exitCode = 1;
} finally {
  for (const contender of contenders) contender.process.kill();
}
