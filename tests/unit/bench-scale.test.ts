/** The bench's larger builds: generated parts are valid twins, labelled and numbered as real parts would be. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTwins } from '../../src/lib/document/model.ts';
import { scaledContent } from '../../bench/scale.ts';
import { passageIn, readPolicyEntries } from '../support/content.ts';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';

test('1× adds nothing; 10× copies every part and item in both languages as new parts', () => {
  assert.deepEqual(scaledContent(1).files, {});
  const real = readPolicyEntries();
  const { files, entriesPerLocale } = scaledContent(10);
  const perLocale = real.filter((e) => e.locale === sourceLocale).length;
  const copied = perLocale - 1; // every entry but the preamble
  assert.equal(entriesPerLocale, perLocale + 9 * copied);
  assert.equal(
    Object.keys(files).length,
    2 * 9 * copied + 1 + 9,
    'the copies, the outline and one revision record each',
  );
  // Each content file within the content gate's 64 KiB, at the 100× scale too.
  for (const [path, text] of Object.entries(scaledContent(100).files))
    assert.ok(Buffer.byteLength(text) <= 64 * 1024, `${path}: ${Buffer.byteLength(text)} bytes`);

  // Written out and read back like the real collection, the copies pass the document's twin checks.
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  try {
    for (const locale of locales) mkdirSync(join(dir, locale));
    for (const [path, text] of Object.entries(files))
      if (path.endsWith('outline.yaml')) writeFileSync(join(dir, 'outline.yaml'), text);
      else if (path.endsWith('.mdx')) writeFileSync(join(dir, ...path.split('/').slice(-2)), text);
    for (const e of real)
      if (!existsSync(join(dir, e.locale, e.file.split('/').pop()!)))
        writeFileSync(join(dir, e.locale, e.file.split('/').pop()!), readFileSync(e.file));
    const generated = readPolicyEntries(dir, join(dir, 'outline.yaml'));
    assert.doesNotThrow(() => checkTwins(generated));
    const p7 = passageIn(generated, sourceLocale, 'p7');
    const p3 = passageIn(real, sourceLocale, 'p3');
    assert.equal(p7.data.label, '七、');
    assert.equal(passageIn(generated, 'en', 'p7').data.label, 'VII.');
    assert.equal(p7.data.heading, p3.data.heading, 'a copy keeps the real heading');
    assert.equal(p7.data.source, p3.data.source, 'a copy keeps what the source gives');
    const item = passageIn(generated, 'en', 'p40-4');
    assert.equal(item.data.part, 40);
    assert.equal(item.body, passageIn(real, 'en', 'p4-4').body, 'a copy keeps the real text');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
