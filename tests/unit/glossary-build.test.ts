import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildFixture, removeFixture } from '../../build/fixture.ts';
import { passageIn, readPolicyEntries } from '../support/content.ts';
import { parseSentenceId } from '../../src/lib/document/ids.ts';
import { recordEdits } from '../support/revisions.ts';

const p43 = readFileSync('src/content/policy/en/p4-3.mdx', 'utf8');

/** The English sentence `unit` of IV (3) with `from` replaced by `to`, and the revision that records it. */
function editP43(unit: string, edits: [string, string][]) {
  const sentence = passageIn(readPolicyEntries(), 'en', 'p4-3').text.sentences[parseSentenceId(unit)!.sentence - 1]!
    .text;
  const now = edits.reduce((text, [from, to]) => text.replace(from, to), sentence);
  assert.notEqual(now, sentence);
  return {
    'src/content/policy/en/p4-3.mdx': p43.replace(sentence, now),
    ...recordEdits([{ unit, was: sentence, now }]),
  };
}

test('an English sentence that departs from the glossary stops the build, naming the sentence and the term', () => {
  // 旗县（市、区） rendered otherwise in the second sentence, whose Chinese uses it.
  const result = buildFixture(
    editP43('p4-3-2', [['all banners and counties (county-level cities, districts)', 'all county-level divisions']]),
  );
  assert.equal(result.ok, false);
  assert.match(
    result.output,
    /src\/content\/policy\/en\/p4-3\.mdx \(p4-3-2\): the original uses 旗县（市、区） \(glossary entry 'qixian'\) 1 time\(s\), but the translation renders it as "banners and counties \(county-level cities, districts\)".* only 0 time\(s\)/,
  );
});

test('an English sentence that uses a term’s rendering where its Chinese sentence lacks the term stops the build', () => {
  // “coordinated management” renders 统筹; the first sentence's Chinese has no 统筹.
  const result = buildFixture(
    editP43('p4-3-1', [['further clarify key tasks', 'further clarify key tasks under coordinated management']]),
  );
  assert.equal(result.ok, false);
  assert.match(
    result.output,
    /src\/content\/policy\/en\/p4-3\.mdx \(p4-3-1\): the translation uses "coordinate", the rendering of 统筹 \(glossary entry 'tongchou'\), 1 time\(s\), but the original does not use 统筹 there/,
  );
});

test('a new term builds, and the items it occurs in are derived from the Chinese text', () => {
  // "firm*" too: the local measures' summaries say firms for 企业, and the wording check holds every English text
  // whose original uses a term to one of the term's forms.
  const entry =
    'zh: "企业"\nen: "enterprise"\nforms:\n  en: ["enterprise*", "firm*"]\nnote:\n  zh: "测试"\n  en: "test"\n';
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

test('the preamble is checked too: the title rendered as the site once did stops the build, naming the sentence', () => {
  const preamble = passageIn(readPolicyEntries(), 'en', 'preamble');
  const file = readFileSync('src/content/policy/en/preamble.mdx', 'utf8');
  const was = preamble.text.sentences[0]!.text;
  const now = was.replace('Providing Category-Based Guidance and Taking', 'Implementing Classified Guidance and');
  // The body only, and without the translator's note on the words replaced (its quote would no longer match).
  const body = file.slice(file.indexOf('\n---\n') + 5);
  const result = buildFixture({
    'src/content/policy/en/preamble.mdx': `---\n---\n${body.replace('Providing Category-Based Guidance and Taking', 'Implementing Classified Guidance and')}`,
    ...recordEdits([{ unit: 'preamble-1', was, now }]),
  });
  assert.equal(result.ok, false);
  assert.match(
    result.output,
    /src\/content\/policy\/en\/preamble\.mdx \(preamble-1\): the original uses 分类指导 \(glossary entry 'fenlei-zhidao'\) 1 time\(s\)/,
  );
});
