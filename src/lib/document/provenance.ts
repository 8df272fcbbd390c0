/** Facts about the source record, computed from the file itself rather than copied by hand. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SOURCE_FILE = 'source/000_dba1a802fa3e88bb.txt';

export function sourceSha256(root = process.cwd()): string {
  return createHash('sha256')
    .update(readFileSync(`${root}/${SOURCE_FILE}`))
    .digest('hex');
}
