/**
 * The 404 page's inline sheet and the hash the policy allows it by follow the stylesheet's files as they are, not as
 * they were when the module was first loaded (under `astro dev` it stays loaded while the files are edited): made
 * in a copy of the styles, edited between two calls.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('the inline sheet and its hash follow an edit of a file the sheet imports', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'not-found-style-'));
  const home = process.cwd();
  try {
    for (const folder of ['src/styles', 'src/components', 'src/layouts'])
      cpSync(folder, join(copy, folder), { recursive: true });
    process.chdir(copy); // the sheets are read from the project's folder (STYLES_DIR)
    const { notFoundStyle, notFoundStyleHash } = await import('../../src/lib/not-found-style.ts');
    const [before, hashBefore] = [notFoundStyle(), notFoundStyleHash()];
    assert.equal(notFoundStyle(), before);
    appendFileSync(join(copy, 'src/layouts/Bilingual.css'), '\n.an-edit { color: red; }\n');
    assert.match(notFoundStyle(), /\.an-edit\{color:red\}/);
    assert.notEqual(notFoundStyleHash(), hashBefore);
  } finally {
    process.chdir(home);
    rmSync(copy, { recursive: true, force: true });
  }
});
