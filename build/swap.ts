/**
 * Where builds go and how one is published. dist/ is a symbolic link to the current build, .dist-builds/<id>/. A build
 * is written into a folder of its own there, sealed, and published by renaming a new link over dist: one rename,
 * which the file system does whole, so at every instant dist/ leads to a whole sealed build, the old one or the new
 * one, whenever the build is killed. (Linux can also exchange two folders at once, renameat2 with RENAME_EXCHANGE,
 * but Node has no binding for it and no well-kept npm package ships one.)
 *
 * A build's folder is named after its process: pid, start time and boot (from /proc), so that a folder is known to
 * belong to a running build only while that very process runs; a pid reused by another process, or a build killed a
 * moment ago and not yet reaped (a zombie still answers kill(pid, 0)), is not a running build. heal() removes what
 * builds that are gone left, and links the newest whole build again if dist/ leads nowhere.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { statSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { verifySums, SUMS } from './checksums.ts';

const PROC = existsSync('/proc/self/stat');
const BOOT = PROC ? readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').slice(0, 8) : '';

/**
 * What tells this run of process `pid` from any other: its start time since boot and the boot, from /proc; where
 * there is no /proc, only that the pid is in use. Null when no such process runs (a zombie has finished running).
 */
export function processStamp(pid: number): string | null {
  if (!PROC) {
    try {
      process.kill(pid, 0);
      return 'up';
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'up' : null;
    }
  }
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name, which is in parentheses and may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[0] === 'Z' || fields[0] === 'X' ? null : `${fields[19]}-${BOOT}`;
}

/** The folder beside `out` that holds the builds (same file system, so publishing is a rename; .gitignore has .dist-*). */
export const buildsFolder = (out: string) => join(dirname(out), `.${basename(out)}-builds`);

/** The folder this process builds into. */
export function ownFolder(out: string, pid = process.pid): string {
  return join(buildsFolder(out), `${pid}-${processStamp(pid) ?? 'gone'}`);
}

/** <pid>-<stamp>, and the same with .link (a link about to be published) or .previous (a plain dist/ moved aside). */
const NAME = /^(\d+)-([^.]+)(?:\.(link|previous))?$/;

/** Whether the process that made this entry is still running (this process counts as gone: it is done with it). */
function ownerRuns(name: string): boolean {
  const match = NAME.exec(name);
  return !!match && Number(match[1]) !== process.pid && processStamp(Number(match[1])) === match[2];
}

/** The build folder `out` leads to now, by name, or null. */
function current(out: string): string | null {
  try {
    const real = realpathSync(out);
    return dirname(real) === realpathSync(buildsFolder(out)) ? basename(real) : null;
  } catch {
    return null;
  }
}

const whole = (folder: string) => existsSync(join(folder, 'index.html')) && verifySums(folder).length === 0;

/** Makes `out` lead to `build` (a folder in buildsFolder(out)) in one rename. */
function link(build: string, out: string): void {
  const temporary = `${build}.link`;
  rmSync(temporary, { force: true });
  symlinkSync(relative(dirname(out), build), temporary);
  const stat = lstatSync(out, { throwIfNoEntry: false });
  // A plain folder (from before builds were linked, or copied there by hand) cannot be renamed over: it moves aside
  // first, the one moment without dist/ (the server waits it out; heal() relinks if a build is killed right then).
  if (stat?.isDirectory()) renameSync(out, `${build}.previous`);
  renameSync(temporary, out);
}

/**
 * Removes every entry of buildsFolder(out) but the current build, `spare` and those of running builds; returns their
 * names.
 */
function sweep(out: string, spare: string | null = null): string[] {
  const builds = buildsFolder(out);
  if (!existsSync(builds)) return [];
  const keep = current(out);
  const removed = readdirSync(builds).filter((name) => name !== keep && name !== spare && !ownerRuns(name));
  for (const name of removed) rmSync(join(builds, name), { recursive: true, force: true, maxRetries: 3 });
  if (readdirSync(builds).length === 0) rmdirSync(builds);
  return removed;
}

/**
 * Repairs what builds that are no longer running left: if `out` leads nowhere, the newest whole build left is linked
 * there (whole: it has index.html and verifies against its SHA256SUMS); every other leftover is removed. Returns what
 * it did, for the build's log.
 */
export function heal(out: string): string[] {
  const done: string[] = [];
  const builds = buildsFolder(out);
  if (!existsSync(out) && existsSync(builds)) {
    const newest = readdirSync(builds)
      .filter((name) => NAME.exec(name)?.[3] !== 'link' && !ownerRuns(name) && whole(join(builds, name)))
      .sort((a, b) => statSync(join(builds, b, SUMS)).mtimeMs - statSync(join(builds, a, SUMS)).mtimeMs)[0];
    if (newest) {
      link(join(builds, newest), out);
      done.push(`linked ${basename(out)}/ to ${basename(builds)}/${newest} again (${basename(out)}/ led to no build)`);
    }
  }
  for (const name of sweep(out)) done.push(`removed ${basename(builds)}/${name}, left by a build that is gone`);
  return done;
}

/**
 * Publishes the sealed `build` as `out` (one rename), then removes older builds. The one it replaced stays until the
 * next build, so that a request the server began in it a moment ago can still finish there.
 */
export function publish(build: string, out: string): void {
  const replaced =
    current(out) ?? (lstatSync(out, { throwIfNoEntry: false })?.isDirectory() ? `${basename(build)}.previous` : null);
  link(build, out);
  sweep(out, replaced);
}

/** Removes this process's own unfinished build (on failure or when stopped): what it cannot, the next build sweeps. */
export function discard(build: string): void {
  for (const path of [build, `${build}.link`]) rmSync(path, { recursive: true, force: true, maxRetries: 3 });
  try {
    rmdirSync(dirname(build)); // only if empty
  } catch {
    // other builds are there
  }
}
