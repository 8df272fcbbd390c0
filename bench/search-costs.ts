/**
 * The search feature's own figures, from its `npm run bench:search` when the project has one: the markdown tables it
 * prints (the natural set's quality, the regression set's), so the bench can put them in docs/PERFORMANCE.md.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Table {
  /** The line printed above the table, which says what it measures. */
  caption: string;
  header: string[];
  rows: string[][];
}

const cells = (line: string) =>
  line
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** Every markdown table in `text`, each with its header cells, its body rows' cells and the line above it. */
export function tables(text: string): Table[] {
  const lines = text.split('\n').map((l) => l.trim());
  const found: Table[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|[\s:|-]+\|$/.test(lines[i + 1]!)) continue;
    const caption = lines.slice(0, i).findLast((l) => l && !l.startsWith('|')) ?? '';
    const rows: string[][] = [];
    let end = i + 2;
    for (; end < lines.length && lines[end]!.startsWith('|'); end++) rows.push(cells(lines[end]!));
    found.push({ caption, header: cells(lines[i]!), rows });
    i = end;
  }
  return found;
}

export type SearchCosts = { available: false; why: string } | { available: true; tables: Table[] };

/**
 * Runs this project's bench:search (bench/search.ts) on `root`, a built copy of the project (the bench's 1× build), so
 * it measures the same dist/ as the rest of the table; the query sets it reads are this project's test fixtures (the
 * copy holds what a build reads, not tests/).
 */
export function searchCosts(root: string): SearchCosts {
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts['bench:search']) return { available: false, why: 'not available (no bench:search script yet)' };
  // Its crossover at larger scales is left to the bench, which has built them already.
  const run = spawnSync(process.execPath, [join(import.meta.dirname, 'search.ts'), '--scales', '1'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 900_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0)
    return {
      available: false,
      why: `bench:search failed (status ${run.status}): ${(run.stderr || run.stdout).trim().split('\n').at(-1)}`,
    };
  const found = tables(run.stdout).filter((t) => t.rows.length);
  if (!found.length) return { available: false, why: 'bench:search printed no table' };
  return { available: true, tables: found };
}
