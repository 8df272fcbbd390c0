/**
 * `npm run bench`: builds the site (in temporary copies of the project, at 1×, 10× and 100× the
 * content), measures it, and prints three markdown tables:
 *   - search quality on the hand-judged query sets (held-out and tuning), this search against pagefind (`npm run bench:search`);
 *   - build time of `astro build`, pages per second; per page kind and language, the gzip bytes
 *     (zlib level 9) of what loads before interaction, and CLS; the regression set's rows of
 *     `npm run bench:search`; build time, dist size and search records size at each scale;
 *   - the first query's bytes of this search and of pagefind at each scale (the crossover).
 * With --write, the same tables go into docs/PERFORMANCE.md, so that no figure there is typed by hand.
 *
 *   npm run bench [-- --scales 1,10,100] [--port 4372] [--write]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { removeFixture } from '../build/fixture.ts';
import { timedBuild, type TimedBuild } from './timed-build.ts';
import { crossoverTable, measureFirstQuery, type ScaleFirstQuery } from './first-query.ts';
import { measureKinds, type KindWeight } from './pages.ts';
import { searchCosts, type SearchCosts } from './search-costs.ts';
import { BUDGET, GZIP_LEVEL, kib } from './weight.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4372' },
    write: { type: 'boolean', default: false },
  },
});
const scales = values.scales.split(',').map(Number);
if (scales[0] !== 1 || scales.some((s) => !Number.isInteger(s) || s < 1))
  throw new Error('--scales: whole numbers, starting with 1 (e.g. 1,10,100)');

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const builds: TimedBuild[] = [];
let kinds: KindWeight[] = [];
const firstQueries: ScaleFirstQuery[] = [];
let costs: SearchCosts = { available: false, why: 'not run' };
for (const factor of scales) {
  log(`building ${factor}× the content…`);
  const build = timedBuild(factor);
  builds.push(build);
  try {
    log(`first query of both engines at ${factor}×…`);
    firstQueries.push({ factor, entriesPerLocale: build.entriesPerLocale, rows: await measureFirstQuery(build.dist) });
    if (factor === 1) {
      log('measuring pages in Chromium…');
      kinds = await measureKinds(build.dist, Number(values.port));
      log('search costs (bench:search)…');
      costs = searchCosts(build.root);
    }
  } finally {
    removeFixture(build.root);
  }
}

const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${kib(bytes)} KiB`;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(1)}`;
const rows: string[][] = [];
const row = (
  what: string,
  cells: Partial<Record<'html' | 'css' | 'js' | 'image' | 'font' | 'total' | 'notes', string>>,
) =>
  rows.push([
    what,
    cells.html ?? '',
    cells.css ?? '',
    cells.js ?? '',
    cells.image ?? '',
    cells.font ?? '',
    cells.total ?? '',
    cells.notes ?? '',
  ]);

const base = builds[0]!;
row('**build** astro build (1×)', {
  total: s(base.seconds),
  notes: `${base.pages} pages, ${(base.pages / base.seconds).toFixed(1)} pages/s; includes the integrations' hooks`,
});
for (const { kind, locale, path, weight } of kinds) {
  const what = `**page** ${kind} · ${locale}${path ? ` \`${path}\`` : ''}`;
  if (!weight) {
    row(what, { total: 'not built yet' });
    continue;
  }
  const g = weight.gzip;
  const aim = kind === 'part' ? BUDGET.part : BUDGET.total;
  const over = g.total > aim || g.js > BUDGET.js || weight.cls > BUDGET.cls;
  row(what, {
    html: kib(g.html),
    css: kib(g.css),
    js: kib(g.js),
    image: kib(g.image),
    font: kib(g.font),
    total: kib(g.total),
    notes: `CLS ${weight.cls}; ${weight.fetched.length} requests${g.other ? `; other ${kib(g.other)}` : ''}${over ? '; **OVER BUDGET**' : ''}`,
  });
}
// The regression set's rows join this table (time and bytes per engine); each hand-judged set's quality gets its own
// (the held-out set first: the headline).
const regression = costs.available ? costs.tables.find((t) => t.header.includes('top-1')) : undefined;
const judged = costs.available ? costs.tables.filter((t) => t.header.includes('success@1')) : [];
if (regression) {
  for (const cells of regression.rows)
    row(`**search** regression set · ${cells[0]}`, {
      notes: cells
        .slice(1)
        .map((c, i) => `${regression.header[i + 1] ?? ''} ${c}`.trim())
        .join('; '),
    });
} else row('**search** costs from bench:search', { notes: costs.available ? 'no regression table' : costs.why });
for (const build of builds) {
  const index = build.recordsBytes === null ? 'no search records' : `search records ${size(build.recordsBytes)}`;
  const growth =
    build === base
      ? 'baseline'
      : `content ${ratio(build.entriesPerLocale, base.entriesPerLocale)}: build ${ratio(build.seconds, base.seconds)}, dist ${ratio(build.distBytes, base.distBytes)}` +
        (build.recordsBytes !== null && base.recordsBytes
          ? `, records ${ratio(build.recordsBytes, base.recordsBytes)}`
          : '');
  row(`**scale** ${build.factor}× (${build.entriesPerLocale} entries per language, ${build.pages} pages)`, {
    total: s(build.seconds),
    notes: `dist ${size(build.distBytes)}; ${index}; ${(build.pages / build.seconds).toFixed(1)} pages/s; ${growth}`,
  });
}

const header = ['what', 'HTML', 'CSS', 'JS', 'images', 'fonts', 'total', 'notes'];
const markdown = (cells: string[][]) => cells.map((c) => `| ${c.join(' | ')} |`).join('\n');
const report = [
  ...judged.flatMap((table) => [
    `Search quality. ${table.caption}`,
    markdown([table.header, table.header.map(() => '---'), ...table.rows]),
  ]),
  `Page weights: KiB of gzip (zlib level ${GZIP_LEVEL}) fetched before interaction in Chromium at 390 px; aims ${kib(BUDGET.total)} KiB in all (a part page ${kib(BUDGET.part)} KiB), ${kib(BUDGET.js)} KiB JS, CLS ${BUDGET.cls}; pages marked OVER BUDGET miss an aim, and tests/e2e/pages.spec.ts holds every kind at its weight in this build so that none grows. The search rows: ${regression?.caption ?? 'bench:search did not run.'}`,
  markdown([header, header.map(() => '---'), ...rows]),
  "First query after a part page has loaded, KiB of gzip: this search (from opening it: the engine with its form + records for its first results, then more.js) against pagefind over the same records (runtime, WebAssembly, index chunks, the first 5 results' fragments), built only in a temporary copy.",
  crossoverTable(firstQueries),
].join('\n\n');
console.log(report);
if (values.write) {
  mkdirSync('docs', { recursive: true });
  writeFileSync(
    'docs/PERFORMANCE.md',
    `# Performance\n\nWritten by \`npm run bench -- --write\` on ${new Date().toISOString().slice(0, 10)}; every figure below is measured, none typed by hand.\n\n${report}\n`,
  );
  log('wrote docs/PERFORMANCE.md');
}
