/**
 * Every stylesheet part under src/ reaches a page: a component's or layout's .css is bundled only when a sheet in
 * src/styles/ imports it (directly or through another part), and esbuild drops an unlisted one without a word. The
 * files each sheet really bundles are read from esbuild's own account of the build (its metafile).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { CSS_OPTIONS, NOT_FOUND_SHEET, STYLES_DIR, stylesheets } from '../../src/lib/stylesheets.ts';

test('every .css file under src/ is a sheet pages link or is bundled into one', () => {
  const bundled = new Set<string>();
  for (const name of [...stylesheets(), NOT_FOUND_SHEET]) {
    const { metafile } = buildSync({
      ...CSS_OPTIONS,
      entryPoints: [resolve(STYLES_DIR, name)],
      write: false,
      metafile: true,
    });
    for (const input of Object.keys(metafile.inputs)) bundled.add(relative('.', resolve(input)));
  }
  const parts = execSync('git ls-files --cached --others --exclude-standard "src/**/*.css"', { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  assert.ok(parts.length > stylesheets().length + 1, 'found the parts');
  assert.deepEqual(
    parts.filter((file) => !bundled.has(file)),
    [],
    'not imported by any sheet in src/styles/: add an @import for it where its pages need it',
  );
});
