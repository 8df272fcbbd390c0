/**
 * SHA256SUMS for a built site, in the format `sha256sum -c` reads ("<hex>  <path>", one file a line),
 * so that any copy of the site can check itself with a standard tool: cd dist && sha256sum -c SHA256SUMS
 *
 *   node build/checksums.ts [dir]   # verifies dir (default dist) and prints what is wrong
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSumsLine } from '../src/lib/sums.ts';

export const SUMS = 'SHA256SUMS';

/** Every file under dir as a relative path with "/", sorted by code point (as `LC_ALL=C sort`), SHA256SUMS left out. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(join(folder, entry.name), path + '/');
      else if (path !== SUMS) files.push(path);
    }
  };
  walk(dir, '');
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Writes dir/SHA256SUMS covering every file; returns how many. */
export function writeSums(dir: string): number {
  const files = listFiles(dir);
  // sha256sum escapes names holding a backslash or newline; the site has none, and must not start to.
  const odd = files.find((f) => /[\\\n\r]/.test(f));
  if (odd) throw new Error(`${dir}/${odd}: a file name with a backslash or line break cannot be listed in ${SUMS}.`);
  writeFileSync(join(dir, SUMS), files.map((f) => `${sha256(join(dir, f))}  ${f}\n`).join(''));
  return files.length;
}

/** What is wrong with dir/SHA256SUMS: files changed, missing or unlisted. Empty when the copy is whole. */
export function verifySums(dir: string): string[] {
  const sumsFile = join(dir, SUMS);
  if (!existsSync(sumsFile)) return [`${sumsFile}: missing`];
  const listed = new Map<string, string>();
  const faults: string[] = [];
  for (const line of readFileSync(sumsFile, 'utf8').split('\n').filter(Boolean)) {
    const entry = parseSumsLine(line);
    if (!entry) faults.push(`${SUMS}: unreadable line ${JSON.stringify(line)}`);
    else listed.set(entry.file, entry.hash);
  }
  const present = new Set(listFiles(dir));
  for (const [file, hash] of listed) {
    if (!present.has(file)) faults.push(`${file}: listed but missing`);
    else if (sha256(join(dir, file)) !== hash) faults.push(`${file}: changed`);
  }
  for (const file of present) if (!listed.has(file)) faults.push(`${file}: not listed in ${SUMS}`);
  return faults;
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const faults = verifySums(dir);
  for (const fault of faults) console.error(fault);
  console.log(faults.length ? `${dir}: ${faults.length} fault(s)` : `${dir}: every file matches ${SUMS}`);
  process.exit(faults.length ? 1 : 0);
}
