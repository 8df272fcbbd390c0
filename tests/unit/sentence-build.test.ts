/** What the build refuses of sentences, each proved by building a copy of the project (build/fixture.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildFixture } from '../../build/fixture.ts';

const p43 = readFileSync('src/content/policy/en/p4-3.mdx', 'utf8');
const outline = readFileSync('src/content/outline.yaml', 'utf8');

test('an English passage whose sentences do not pair with the Chinese stops the build, naming it and the counts', () => {
  const split = p43.replace(
    'shall not escalate requirements',
    'shall not escalate requirements. They shall not escalate',
  );
  const result = buildFixture({ 'src/content/policy/en/p4-3.mdx': split });
  assert.equal(result.ok, false);
  assert.match(
    result.output,
    /src\/content\/policy\/en\/p4-3\.mdx: the Chinese \(zh\) has 3 sentence\(s\) and the English \(en\) 4; they do not pair one to one\. Render each Chinese \(zh\) sentence as one sentence, in order, or state the grouping/,
  );
});

test('one word of an English sentence edited without a revision record stops the build, naming the sentence', () => {
  const result = buildFixture({
    'src/content/policy/en/p4-3.mdx': p43.replace('and Chifeng shall strengthen', 'and Chifeng must strengthen'),
  });
  assert.equal(result.ok, false);
  assert.match(
    result.output,
    /src\/content\/policy\/en\/p4-3\.mdx: sentence 3 of p4-3 \(p4-3-3\) reads “Leagues and cities such as Hohhot.*”, but the revision log last recorded it as “.*” \(src\/content\/changes\/2026-12-06-second-review\.yaml\)\. Record the change: add a revision file to src\/content\/changes\//,
  );
});

test('an outline that does not say whom each sentence addresses stops the build, naming the passage and sentence', () => {
  const result = buildFixture({
    'src/content/outline.yaml': outline.replace(
      'sentences: { 1: all-levels, 2: others }',
      'sentences: { 1: all-levels }',
    ),
  });
  assert.equal(result.ok, false);
  assert.match(
    result.output,
    /src\/content\/outline\.yaml: 'p4-1' has 2 sentence\(s\) in src\/content\/policy\/zh\/p4-1\.mdx; say whom sentence\(s\) 2 address/,
  );
});
