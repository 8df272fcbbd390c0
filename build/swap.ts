/**
 * The build's swap and its repair. A build is written beside dist/ as .dist-next-<pid>, sealed, then swapped in by two
 * renames (dist/ → .dist-old-<pid>, .dist-next-<pid> → dist/). Whatever stops a build part way (Ctrl+C, a kill, power
 * loss between the two renames) leaves at worst those folders and no dist/: heal() puts back a sealed copy and sweeps
 * the rest, so the next build starts from a whole dist/ and leaves no debris.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { verifySums } from './checksums.ts';

/** The folders one build uses beside `out` (same file system, so that the swap is a rename; .gitignore has .dist-*). */
export function asideFolders(out: string, pid = process.pid) {
  const stem = join(dirname(out), `.${basename(out)}`);
  return { next: `${stem}-next-${pid}`, old: `${stem}-old-${pid}` };
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders left beside `out` by builds that are no longer running: [path, 'next' | 'old'], newest pid last. */
function leftovers(out: string): { path: string; kind: 'next' | 'old' }[] {
  const pattern = new RegExp(`^\\.${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(next|old)-(\\d+)$`);
  const found = readdirSync(dirname(out)).flatMap((name) => {
    const match = pattern.exec(name);
    return match && !alive(Number(match[2]))
      ? [{ path: join(dirname(out), name), kind: match[1] as 'next' | 'old', pid: Number(match[2]) }]
      : [];
  });
  return found.sort((a, b) => a.pid - b.pid);
}

/**
 * Repairs what an interrupted build left: when `out` is missing, the last published copy (.dist-old-*) or else a
 * finished new one (.dist-next-*) goes back in its place, whichever verifies against its SHA256SUMS; every other
 * leftover is removed. Returns what it did, for the build's log.
 */
export function heal(out: string): string[] {
  const done: string[] = [];
  const found = leftovers(out);
  if (!existsSync(out)) {
    const whole = [
      ...found.filter((f) => f.kind === 'old').reverse(),
      ...found.filter((f) => f.kind === 'next').reverse(),
    ].find((f) => existsSync(join(f.path, 'index.html')) && verifySums(f.path).length === 0);
    if (whole) {
      renameSync(whole.path, out);
      done.push(
        `restored ${basename(out)}/ from ${basename(whole.path)} (an earlier build was interrupted during its swap)`,
      );
    }
  }
  for (const f of found) {
    if (!existsSync(f.path)) continue;
    rmSync(f.path, { recursive: true, force: true });
    done.push(`removed ${basename(f.path)}, left by an interrupted build`);
  }
  return done;
}

/** Puts the sealed `next` in place of `out`. Between the two renames `out` is briefly absent, never half-written. */
export function swapIn(next: string, out: string, old: string): void {
  if (existsSync(out)) renameSync(out, old);
  try {
    renameSync(next, out);
  } catch (error) {
    if (existsSync(old)) renameSync(old, out);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
