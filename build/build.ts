/**
 * `npm run build`: repairs what an interrupted build left, builds the site into a folder of its own
 * (.dist-builds/<id>/), seals it with SHA256SUMS, then publishes it: dist/ becomes a link to it in one rename
 * (build/swap.ts). A build that fails (the content gate in integrations/content-gate.ts runs first), or whose sums do
 * not verify, leaves the previous dist/ exactly as it was, and so does a build killed at any moment. Astro runs inside
 * this process, so stopping it (Ctrl+C, kill, kill -9) stops the build whole: no orphaned child keeps writing.
 *
 *   node build/build.ts [--out dist]
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { verifySums, writeSums } from './checksums.ts';
import { discard, heal, ownFolder, publish } from './swap.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const next = ownFolder(out);
/** Once dist/ leads to the new build, stopping must not remove it. */
let published = false;

function fail(message: string): never {
  discard(next);
  console.error(
    `\nBuild failed: ${message}\n${existsSync(out) ? `The previous ${values.out}/ is left as it was.` : ''}`,
  );
  process.exit(1);
}

// Stopped by a signal: remove the half-built folder (dist/ itself is only ever replaced by publish()'s rename).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    // The bundler's own threads may still be writing into it; what cannot be removed now, the next build sweeps.
    try {
      if (!published) discard(next);
    } catch {
      // left for the next build's sweep
    }
    console.error(`\nBuild stopped (${signal}); ${values.out}/ is left as it was.`);
    process.exit(130);
  });
}

interface AstroFailure extends Error {
  loc?: { file?: string; line?: number };
  hint?: string;
}

/** Astro's error in words that name the file and what to do (its messages are Markdown, and name the entry, not the file). */
function explain(error: AstroFailure): string {
  const message = error.message
    .replace(/\*\*/g, '')
    .replace(/^\s*: /gm, '  ')
    .trim();
  const file = error.loc?.file
    ? `${relative(process.cwd(), error.loc.file)}${error.loc.line ? `:${error.loc.line}` : ''}: `
    : '';
  const todo =
    error.name === 'InvalidContentEntryDataError'
      ? '\nCorrect the field or remove it: the fields each collection allows, and what they must hold, are in src/content.config.ts.'
      : error.hint
        ? `\n${error.hint}`
        : '';
  return `${file}${message}${todo}`;
}

for (const line of heal(out)) console.log(`Build: ${line}.`);

try {
  await build({ outDir: next, logLevel: 'info' });
} catch (error) {
  fail(explain(error as AstroFailure));
}
if (!existsSync(join(next, 'index.html'))) fail(`astro build wrote no index.html into ${next}.`);

let count = 0;
try {
  count = writeSums(next);
} catch (error) {
  fail((error as Error).message);
}
const faults = verifySums(next);
if (faults.length) fail(`SHA256SUMS does not verify:\n  ${faults.join('\n  ')}`);

try {
  publish(next, out);
  published = true;
} catch (error) {
  fail(`could not link ${values.out}/ to the new build: ${(error as Error).message}`);
}
console.log(
  `Built ${values.out}/: ${count} files, sealed in ${values.out}/SHA256SUMS (check with: cd ${values.out} && sha256sum -c SHA256SUMS)`,
);
// Astro's build may leave watchers or timers behind; the build is done.
process.exit(0);
