/** Bad content stops the build, naming the file and what to fix (each case builds a copy of the project). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildFixture } from '../../build/fixture.ts';

const p41 = readFileSync('src/content/policy/en/p4-1.mdx', 'utf8');
const p34 = readFileSync('src/content/policy/en/p3-4.mdx', 'utf8');
const outline = readFileSync('src/content/outline.yaml', 'utf8');

test('a missing twin stops the build and names the file', () => {
  const result = buildFixture({ 'src/content/policy/en/p3-4.mdx': null });
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/policy\/en\/p3-4\.mdx: missing/);
});

test('a missing heading stops the build and names the file and field', () => {
  const result = buildFixture({ 'src/content/policy/en/p4-1.mdx': p41.replace(/^heading: .*\n/m, '') });
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/policy\/en\/p4-1\.mdx: missing 'heading'/);
});

test('a front matter key the schema does not know stops the build, naming the file and key', () => {
  const result = buildFixture({ 'src/content/policy/en/p3-4.mdx': p34.replace(/^heading:/m, 'part: 3\nheading:') });
  assert.equal(result.ok, false);
  assert.match(result.output, /policy → en\/p3-4 data does not match collection schema/);
  assert.match(result.output, /Unrecognized key: "part"/);
});

test('an MDX syntax error stops the build and names the file and line', () => {
  const line = p34.split('\n').length + 1;
  const result = buildFixture({ 'src/content/policy/en/p3-4.mdx': `${p34}\n<span>{unclosed\n` });
  assert.equal(result.ok, false);
  assert.match(result.output, new RegExp(`src/content/policy/en/p3-4\\.mdx:${line}:1`));
  assert.match(result.output, /Expected a closing tag for `<span>`/);
});

test('a passage file without its line in the outline, or a file name that is no passage id, is named', () => {
  const added = buildFixture({ 'src/content/policy/zh/p3-12.mdx': p34, 'src/content/policy/en/p3-12.mdx': p34 });
  assert.equal(added.ok, false);
  // The content gate stops a Chinese file the source lacks first; an English-only one reaches the outline check.
  assert.match(added.output, /src\/content\/policy\/zh\/p3-12\.mdx: the source has no item 12 in part 3/);
  const english = buildFixture({ 'src/content/policy/en/p3-12.mdx': p34 });
  assert.equal(english.ok, false);
  assert.match(
    english.output,
    /src\/content\/policy\/en\/p3-12\.mdx: ('p3-12' has no line in src\/content\/outline\.yaml|missing)/,
  );
  const misnamed = buildFixture({
    'src/content/policy/zh/p3-4b.mdx': p34,
    'src/content/policy/en/p3-4b.mdx': p34,
    'src/content/outline.yaml': `${outline}p3-4b: { source: full }\n`,
  });
  assert.equal(misnamed.ok, false);
  assert.match(
    misnamed.output,
    /p3-4b\.mdx: (the file name must be preamble\.mdx, p\{part\}\.mdx or p\{part\}-\{item\}\.mdx|not a policy entry name)/,
  );
});

test('an outline that names an unknown region or source status stops the build, naming the entry', () => {
  const region = buildFixture({
    'src/content/outline.yaml': outline.replace('regions: [hohhot,', 'regions: [huhhot,'),
  });
  assert.equal(region.ok, false);
  assert.match(region.output, /huhhot/);
  assert.match(region.output, /regions/);
  const status = buildFixture({
    'src/content/outline.yaml': outline.replace('p4-1: { source: full }', 'p4-1: { source: partial }'),
  });
  assert.equal(status.ok, false);
  assert.match(status.output, /outline → p4-1 data does not match collection schema/);
});

test('a synonym group of one word stops the build, naming the entry and what to do', () => {
  const synonyms = readFileSync('src/content/search-synonyms.yaml', 'utf8');
  const lonely = synonyms.replace('  en: [electricity, power]\n', '  en: [electricity]\n');
  assert.notEqual(lonely, synonyms);
  const result = buildFixture({ 'src/content/search-synonyms.yaml': lonely });
  assert.equal(result.ok, false);
  assert.match(result.output, /searchSynonyms → electricity data does not match collection schema/);
  assert.match(result.output, /a group of synonyms needs at least two words in each language it lists/);
});
