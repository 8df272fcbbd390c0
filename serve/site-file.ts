/**
 * Opens what a request names inside the site folder, and decides on the file actually opened whether it may be
 * served: a regular file (or a folder, for the slash redirect), inside the folder once every symlink is resolved, and
 * neither it nor any folder above it (up to the site folder) a dotfile. Deciding on the opened file, not on the name,
 * is what closes the race of a name flipped between a file and a symlink leading out: whatever the name points at
 * after the check, the answer is read from the descriptor that was checked.
 *
 * The open never blocks: O_NONBLOCK makes a FIFO open at once (and is ignored for regular files), O_NOCTTY keeps a
 * terminal from becoming the server's; a socket cannot be opened at all. Anything that is not a regular file or a
 * folder is then refused before a byte is read.
 */
import { constants, existsSync, type Stats } from 'node:fs';
import { lstat, open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Linux names the file behind each descriptor in /proc/self/fd: one readlink, and no second lookup by name. */
const PROC_FD = existsSync('/proc/self/fd');

/** An opened regular file of the site; the caller owns the handle and must close it (or hand it to a stream). */
export interface SiteFile {
  handle: FileHandle;
  stat: Stats;
  /** Its real path, for the type by extension. */
  path: string;
  /** Its real path relative to the site folder, with "/". */
  rel: string;
}

export type Opened = { kind: 'file'; file: SiteFile } | { kind: 'folder' } | { kind: 'none' };

const NONE: Opened = { kind: 'none' };

/** Whether `rel` (relative to the site folder) stays inside it and names no dotfile at any depth. */
export function servable(rel: string): boolean {
  if (rel === '' || isAbsolute(rel)) return rel === '';
  return rel.split(sep).every((segment) => segment !== '..' && !segment.startsWith('.'));
}

/**
 * Where the opened file really is. With /proc (Linux), the kernel says so: the answer is about the descriptor, so no
 * renaming can change it (a file deleted since it was opened, as an old build is, keeps its last name). Elsewhere,
 * the name is resolved again, and what that resolves to, not followed if it has become a link meanwhile, must be the
 * opened file (device and inode): a name flipped in between fails that test and the request is refused. Only a
 * folder above the file, flipped to a link and back between those two steps, could still pass there.
 */
async function openedPath(handle: FileHandle, path: string, opened: Stats, viaProc: boolean): Promise<string | null> {
  if (viaProc) return (await readlink(`/proc/self/fd/${handle.fd}`)).replace(/ \(deleted\)$/, '');
  const real = await realpath(path);
  const now = await lstat(real);
  return now.dev === opened.dev && now.ino === opened.ino ? real : null;
}

/**
 * Opens `rel` (a normalised relative path, "/" separated, never leading out) under `root` (a real path). A missing
 * file, a refused one and a failed open are all 'none': the caller answers 404 either way.
 */
export async function openInside(root: string, rel: string, viaProc = PROC_FD): Promise<Opened> {
  const path = join(root, rel);
  let handle: FileHandle;
  try {
    handle = await open(path, FLAGS);
  } catch {
    return NONE; // missing, not a folder, a socket (ENXIO), unreadable, a symlink loop…
  }
  let keep = false;
  try {
    const opened = await handle.stat();
    const real = await openedPath(handle, path, opened, viaProc);
    const inside = real === null ? null : relative(root, real);
    if (inside === null || !servable(inside)) return NONE;
    if (opened.isDirectory()) return { kind: 'folder' };
    if (!opened.isFile()) return NONE; // a FIFO, a device, a socket: never read
    keep = true;
    return { kind: 'file', file: { handle, stat: opened, path: real!, rel: inside.split(sep).join('/') } };
  } catch {
    return NONE;
  } finally {
    if (!keep) await handle.close().catch(() => {});
  }
}

/** An opened file read whole; null when it is larger than `limit` or shrank since it was checked. Closes it. */
export async function readWhole({ handle, stat: checked }: SiteFile, limit = 1 << 20): Promise<Buffer | null> {
  try {
    if (checked.size > limit) return null;
    const body = Buffer.alloc(checked.size);
    for (let at = 0; at < body.length;) {
      const { bytesRead } = await handle.read(body, at, body.length - at, at);
      if (bytesRead === 0) return null; // truncated since it was checked
      at += bytesRead;
    }
    return body;
  } finally {
    await handle.close();
  }
}

/** A small file of the site (the 404 page) read whole under the same rules; null when missing or refused. */
export async function readInside(root: string, rel: string): Promise<Buffer | null> {
  const opened = await openInside(root, rel);
  return opened.kind === 'file' ? readWhole(opened.file) : null;
}
