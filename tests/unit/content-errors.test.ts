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
