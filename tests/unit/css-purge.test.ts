import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canMatch, classVocabulary, purgeStylesheet, withoutLayer } from '../../src/lib/css-purge.ts';

const known = classVocabulary(
  ['<p class="passage item"><span class="sentence">…</span></p>'],
  // A regex literal with a quote in it, as minified code has, must not hide the class named after it.
  ['a=/["]/;e.className="search-hit";m("ol","search-result-list")'],
);

test('the vocabulary holds the markup classes and every word of the scripts', () => {
  for (const name of ['passage', 'item', 'sentence', 'search-hit', 'search-result-list'])
    assert.ok(known.has(name), name);
  assert.equal(known.has('entry'), false);
});

test('a selector can match only if every class it needs is known; :is() needs one of its own', () => {
  assert.equal(canMatch('.passage .sentence', known), true);
  assert.equal(canMatch('.passage>.absent-part', known), false);
  assert.equal(canMatch(':is(.contents,.passage) .sentence', known), true);
  assert.equal(canMatch(':is(.contents,.doc-title) .sentence', known), false);
  // What it cannot judge counts as matching: elements, ids, attributes, :not(), :has().
  assert.equal(canMatch('h3', known), true);
  assert.equal(canMatch('.item:not(.unknown)', known), true);
  assert.equal(canMatch('.item:has(.unknown)', known), true);
  assert.equal(canMatch('a[href$=".pdf"]', known), true);
});

test('purging drops rules that cannot match and at-rules left empty, and keeps the rest as written', () => {
  const css =
    '@layer base,components;@layer components{.item{color:red}.entry{color:blue}.entry,.sentence{margin:0}' +
    '@media print{.entry{display:none}}@media (width<=40rem){.item::after{content:"{}"}}}' +
    '@page{margin:18mm}';
  assert.equal(
    purgeStylesheet(css, known),
    '@layer base,components;@layer components{.item{color:red}.entry,.sentence{margin:0}' +
      '@media (width<=40rem){.item::after{content:"{}"}}}@page{margin:18mm}',
  );
});

test('a layer can be left out whole, every block of it, braces in strings and nested rules included', () => {
  const css =
    '@layer base,print;@layer base{a{color:red}}@layer print{.x{display:none}@page{@top-left{content:"}"}}}' +
    '@layer base{b{color:blue}}@layer print{@media print{p{orphans:3}}}';
  assert.equal(withoutLayer(css, 'print'), '@layer base,print;@layer base{a{color:red}}@layer base{b{color:blue}}');
});
