/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its defaults: simulated slow 4G and a mid-range
 * phone) on one page of each kind in both languages, and a table of the four category scores.
 * It builds a temporary copy of the project with SITE_URL set to the local server's address, so
 * canonical and hreflang links are absolute as on a public site (SEO needs them); the project's
 * own dist/ keeps relative links. The server gzips text, as public hosts do. Chromium is the system one (CHROME_PATH), with no background
 * networking, since these machines have no web access.
 *
 * Times on a busy machine vary (blocking time is measured on the real CPU, slowed 4×): one discarded
 * warm-up run comes first, and --runs N reports, per page, the run with the median performance score.
 *
 *   npm run bench:lighthouse [-- --kinds part,home] [--runs 3] [--port 4373]
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from '../tools/chromium.ts';
import { locales as LOCALES } from '../src/i18n/locales.ts';
import { removeFixture } from '../build/fixture.ts';
import { serve } from '../serve/serve.ts';
import { timedBuild } from './timed-build.ts';
import { PAGE_KINDS } from './pages.ts';

const { values } = parseArgs({
  options: {
    kinds: { type: 'string', default: PAGE_KINDS.map((k) => k.kind).join(',') },
    runs: { type: 'string', default: '1' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4373' },
  },
});
const origin = `http://127.0.0.1:${values.port}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
}

/** Runs the CLI as a child process, asynchronously: the server answering it lives in this process. */
async function lighthouse(url: string): Promise<Report> {
  const run = await promisify(execFile)(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: chromiumPath() },
      maxBuffer: 256 * 1024 * 1024,
      timeout: 300_000,
    },
  );
  return JSON.parse(run.stdout) as Report;
}

/** Scored audits that fell short, with what Lighthouse measured: what to fix. */
function shortfalls(report: Report): string {
  return Object.entries(report.audits)
    .filter(
      ([, a]) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
    )
    .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
    .join(', ');
}

const build = timedBuild(1, { SITE_URL: origin });
const server = await serve({ dir: build.dist, port: Number(values.port), prefix: '/', csp: true, gzip: true });
const rows: string[][] = [];
/** The run with the median performance score of `runs`. */
async function medianRun(url: string): Promise<Report> {
  const reports: Report[] = [];
  for (let i = 0; i < Number(values.runs); i++) reports.push(await lighthouse(url));
  reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  return reports[Math.floor(reports.length / 2)]!;
}
async function measure(what: string, page: string): Promise<void> {
  process.stderr.write(`lighthouse: ${page}\n`);
  const report = await medianRun(origin + page);
  const score = (c: string) => String(Math.round((report.categories[c]?.score ?? 0) * 100));
  const a = report.audits;
  rows.push([
    `${what} \`${page}\``,
    ...CATEGORIES.map(score),
    `FCP ${a['first-contentful-paint']?.displayValue}, LCP ${a['largest-contentful-paint']?.displayValue}, CLS ${a['cumulative-layout-shift']?.displayValue}`,
    shortfalls(report) || 'none',
  ]);
}
try {
  process.stderr.write('lighthouse: warm-up run (not reported)\n');
  await lighthouse(`${origin}/`);
  await measure('entry (both languages)', '/');
  for (const { kind, path } of PAGE_KINDS.filter((k) => values.kinds.split(',').includes(k.kind))) {
    for (const locale of LOCALES) {
      const page = path(build.dist, locale);
      if (page && existsSync(join(build.dist, page, 'index.html'))) await measure(`${kind} · ${locale}`, page);
      else rows.push([`${kind} · ${locale}`, 'not built yet', '', '', '', '', '']);
    }
  }
} finally {
  await new Promise((done) => server.close(done));
  removeFixture(build.root);
}
const header = [
  'page',
  'performance',
  'accessibility',
  'best practices',
  'SEO',
  'metrics',
  'audits short of full marks',
];
console.log(`Lighthouse (mobile), SITE_URL=${origin}, median of ${values.runs} run(s) per page\n`);
console.log([header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
