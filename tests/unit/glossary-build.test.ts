import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildFixture, removeFixture } from '../../build/fixture.ts';

const p43 = readFileSync('src/content/policy/en/p4-3.mdx', 'utf8');
const tongchou = readFileSync('src/content/glossary/tongchou.yaml', 'utf8');

test('an English item that departs from the glossary stops the build, naming the item and the term', () => {
  // 层层加码 rendered as the site once did, and one of the two 旗县（市、区） rendered differently.
  const drifted = p43
    .replace('escalate requirements level by level', 'add extra requirements at each level')
    .replace('all banners and counties (county-level cities, districts)', 'all county-level divisions');
  assert.notEqual(drifted, p43);
  const result = buildFixture({ 'src/content/policy/en/p4-3.mdx': drifted });
  assert.equal(result.ok, false);
  assert.match(
    result.output,
    /src\/content\/policy\/en\/p4-3\.mdx \(p4-3\): the original uses 层层加码 \(glossary entry 'cengceng-jiama'\) 1 time\(s\), but the translation renders it as "escalate requirements level by level"/,
  );
  assert.match(
    result.output,
    /src\/content\/policy\/en\/p4-3\.mdx \(p4-3\): the original uses 旗县（市、区） \(glossary entry 'qixian'\) 2 time\(s\).* only 1 time\(s\)/,
  );
});

test('a glossary entry whose rendering its own match rule rejects stops the build, naming the file', () => {
  const result = buildFixture({
    'src/content/glossary/tongchou.yaml': tongchou.replace('en: "coordinate"', 'en: "co-ordinate"'),
  });
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/glossary\/tongchou\.yaml: 'en' is "co-ordinate" but its forms/);
});

test('a new term builds, and the items it occurs in are derived from the Chinese text', () => {
  const entry = 'zh: "企业"\nen: "enterprise"\nforms:\n  en: ["enterprise*"]\nnote:\n  zh: "测试"\n  en: "test"\n';
  const result = buildFixture({ 'src/content/glossary/qiye.yaml': entry }, { keep: true });
  try {
    assert.equal(result.ok, true, result.output);
    const data = JSON.parse(readFileSync(`${result.dist}/data/policy.json`, 'utf8'));
    assert.deepEqual(data.glossary.find((e: { id: string }) => e.id === 'qiye').items, ['p3-4', 'p4-2']);
    const glossaryPage = readFileSync(`${result.dist}/en/glossary/index.html`, 'utf8');
    assert.match(glossaryPage, /id="qiye"/);
  } finally {
    removeFixture(result.root);
  }
});

test('the preamble is checked too: the title rendered as the site once did stops the build, naming the preamble', () => {
  const preamble = readFileSync('src/content/policy/en/preamble.mdx', 'utf8');
  const drifted = preamble.replace(
    'Providing Category-Based Guidance and Taking',
    'Implementing Classified Guidance and',
  );
  assert.notEqual(drifted, preamble);
  const result = buildFixture({ 'src/content/policy/en/preamble.mdx': drifted });
  assert.equal(result.ok, false);
  assert.match(
    result.output,
    /src\/content\/policy\/en\/preamble\.mdx \(preamble\): the original uses 分类指导 \(glossary entry 'fenlei-zhidao'\) 1 time\(s\)/,
  );
});
