/**
 * The search feature's own costs, from its `npm run bench:search` when the project has one:
 * the rows of the markdown table it prints, so the bench can fold them into its single table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Cells of each body row of the first markdown table in `text` (header and rule left out). */
export function tableRows(text: string): string[][] {
  const lines = text.split('\n').map((l) => l.trim());
  const start = lines.findIndex((l, i) => l.startsWith('|') && /^\|[\s:|-]+\|$/.test(lines[i + 1] ?? ''));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return [
    lines[start]!.replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim()),
    ...rows,
  ];
}

export type SearchCosts = { available: false; why: string } | { available: true; header: string[]; rows: string[][] };

/**
 * Runs bench:search in `root`, a built copy of the project (the bench's 1× build), so it measures
 * the same dist/ as the rest of the table; the copy borrows the project's tests/ for its helpers.
 */
export function searchCosts(root: string): SearchCosts {
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts['bench:search']) return { available: false, why: 'not available (no bench:search script yet)' };
  if (!existsSync(join(root, 'tests'))) symlinkSync(resolve(import.meta.dirname, '../tests'), join(root, 'tests'));
  // Its crossover at larger scales is left to the bench, which has built them already.
  const run = spawnSync('npm', ['run', '--silent', 'bench:search', '--', '--scales', '1'], {
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
  const [header, ...rows] = tableRows(run.stdout);
  if (!header || rows.length === 0) return { available: false, why: 'bench:search printed no table' };
  return { available: true, header, rows };
}
