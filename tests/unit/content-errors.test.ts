import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildFixture } from '../support/fixture-build.ts';

const p41 = readFileSync('src/content/policy/en/p4-1.mdx', 'utf8');

test('a missing twin stops the build and names the file', () => {
  const result = buildFixture({ 'src/content/policy/en/p3-4.mdx': null });
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/policy\/en\/p3-4\.mdx: missing/);
});

test('a missing heading stops the build and names the entry and field', () => {
  const result = buildFixture({ 'src/content/policy/en/p4-1.mdx': p41.replace(/^heading: .*\n/m, '') });
  assert.equal(result.ok, false);
  assert.match(result.output, /en\/p4-1/);
  assert.match(result.output, /heading/);
});

const p34 = readFileSync('src/content/policy/en/p3-4.mdx', 'utf8');

test('a duplicate id stops the build and names both files', () => {
  // a copied file that still says id p3-4
  const result = buildFixture({ 'src/content/policy/en/p3-12.mdx': p34 });
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/policy\/en\/p3-12\.mdx: duplicate id 'p3-4', already used by src\/content\/policy\/en\/p3-4\.mdx/);
});

test('a frontmatter field of the wrong type stops the build and names the file, field and types', () => {
  const result = buildFixture({ 'src/content/policy/en/p3-4.mdx': p34.replace(/^part: 3$/m, 'part: "three"') });
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/policy\/en\/p3-4\.mdx/);
  assert.match(result.output, /part: Expected type `?"number"`?, received `?"string"`?/);
});

test('an MDX syntax error stops the build and names the file and line', () => {
  const result = buildFixture({ 'src/content/policy/en/p3-4.mdx': `${p34}\n<span>{unclosed\n` });
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/policy\/en\/p3-4\.mdx:13:1/);
  assert.match(result.output, /Expected a closing tag for `<span>`/);
});

test('an item that refers to an unknown part stops the build and names the file and the part', () => {
  const zh = readFileSync('src/content/policy/zh/p3-4.mdx', 'utf8');
  const movedTo9 = (text: string) => text.replace(/p3-4/g, 'p9-1').replace(/^part: 3$/m, 'part: 9').replace(/^item: 4$/m, 'item: 1');
  const result = buildFixture({ 'src/content/policy/zh/p9-1.mdx': movedTo9(zh), 'src/content/policy/en/p9-1.mdx': movedTo9(p34) });
  assert.equal(result.ok, false);
  // The content gate (src/lib/gates) stops it first for the Chinese file, whose text the source lacks; else the part check.
  assert.match(result.output, /src\/content\/policy\/(zh|en)\/p9-1\.mdx: ('part' refers to part 9, which has no entry; add src\/content\/policy\/(zh|en)\/p9\.mdx|the source has no part 9, so no item 1 in it)/);
});
