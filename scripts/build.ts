/**
 * `npm run build`: builds the site aside, seals it with SHA256SUMS, then swaps it into dist/.
 * A build that fails, or whose sums do not verify, leaves the previous dist/ exactly as it was.
 *
 *   node scripts/build.ts [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verifySums, writeSums } from './checksums.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
// Beside dist/, on the same file system, so that the swap is a rename (.gitignore has .dist-*/).
const next = resolve(`.dist-next-${process.pid}`);
const old = resolve(`.dist-old-${process.pid}`);

function fail(message: string): never {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\n${existsSync(out) ? `The previous ${values.out}/ is left as it was.` : ''}`);
  process.exit(1);
}

const run = spawnSync(process.execPath, [join('node_modules', '.bin', 'astro'), 'build', '--outDir', next], { stdio: 'inherit' });
if (run.status !== 0) fail(`astro build exited with ${run.status ?? run.signal}.`);
if (!existsSync(join(next, 'index.html'))) fail(`astro build wrote no index.html into ${next}.`);

let count = 0;
try {
  count = writeSums(next);
} catch (error) {
  fail((error as Error).message);
}
const faults = verifySums(next);
if (faults.length) fail(`SHA256SUMS does not verify:\n  ${faults.join('\n  ')}`);

// The swap: two renames; between them dist/ is briefly absent, never half-written.
if (existsSync(out)) renameSync(out, old);
try {
  renameSync(next, out);
} catch (error) {
  if (existsSync(old)) renameSync(old, out);
  fail(`could not move the new build into ${values.out}/: ${(error as Error).message}`);
}
rmSync(old, { recursive: true, force: true });
console.log(`Built ${values.out}/: ${count} files, sealed in ${values.out}/SHA256SUMS (check with: cd ${values.out} && sha256sum -c SHA256SUMS)`);
