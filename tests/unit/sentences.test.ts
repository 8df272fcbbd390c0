/** Sentences: each language's rule, the alignment of a translation with its original, and what the build refuses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignSentences, splitSentences, type StatedGroup } from '../../src/lib/document/sentences.ts';
import { readPolicyEntries } from '../support/content.ts';

const texts = (paragraphs: string[], locale: 'zh' | 'en') => splitSentences(paragraphs, locale).map((s) => s.text);
const NAMES = { original: 'Chinese (zh)', translation: 'English (en)' };

test('Chinese ends a sentence at 。；！？ and keeps a closing quote or bracket with it', () => {
  assert.deepEqual(texts(['甲。乙；丙！丁？戊'], 'zh'), ['甲。', '乙；', '丙！', '丁？', '戊']);
  assert.deepEqual(texts(['他说：“好。”然后走了。'], 'zh'), ['他说：“好。”', '然后走了。']);
  assert.deepEqual(
    texts(['（一）加强统筹协调，统筹管控'], 'zh'),
    ['（一）加强统筹协调，统筹管控'],
    'commas never end one',
  );
});

test('English ends a sentence where the next begins, never after an abbreviation or inside a number', () => {
  assert.deepEqual(texts(['First. Second! Third? “Fourth.” (Fifth.) Sixth'], 'en'), [
    'First.',
    'Second!',
    'Third?',
    '“Fourth.”',
    '(Fifth.)',
    'Sixth',
  ]);
  assert.deepEqual(texts(['See e.g. Part IV. Rates rose 2.5 percent, i.e. sharply. No. 3 applies.'], 'en'), [
    'See e.g. Part IV.',
    'Rates rose 2.5 percent, i.e. sharply.',
    'No. 3 applies.',
  ]);
  assert.deepEqual(
    texts(['one; two. three'], 'en'),
    ['one; two. three'],
    'a semicolon never ends one, nor a full stop before lower case',
  );
});

test('sentences are numbered through a passage’s paragraphs and know where they lie', () => {
  const s = splitSentences(['A one. A two.', 'B one.'], 'en');
  assert.deepEqual(
    s.map((x) => [x.n, x.paragraph, x.start, x.end]),
    [
      [1, 0, 0, 6],
      [2, 0, 7, 13],
      [3, 1, 0, 6],
    ],
  );
});

test('a translation pairs with its original one to one, unless it states groups, which must tile both in order', () => {
  assert.deepEqual(alignSentences(2, 2, [], 'f', NAMES), [
    { original: [1, 1], translation: [1, 1] },
    { original: [2, 2], translation: [2, 2] },
  ]);
  assert.deepEqual(alignSentences(3, 4, [{ original: 2, translation: [2, 3] }], 'f', NAMES), [
    { original: [1, 1], translation: [1, 1] },
    { original: [2, 2], translation: [2, 3] },
    { original: [3, 3], translation: [4, 4] },
  ]);
  assert.deepEqual(alignSentences(3, 2, [{ original: [1, 2], translation: 1 }], 'f', NAMES), [
    { original: [1, 2], translation: [1, 1] },
    { original: [3, 3], translation: [2, 2] },
  ]);
  const refused: [number, number, StatedGroup[]][] = [
    [3, 4, []],
    [3, 4, [{ original: 2, translation: [2, 4] }]],
    [3, 3, [{ original: 2, translation: [3, 3] }]],
    [3, 3, [{ original: [2, 1], translation: 2 }]],
  ];
  for (const [o, t, groups] of refused)
    assert.throws(
      () => alignSentences(o, t, groups, 'src/content/policy/en/p4-3.mdx', NAMES),
      new RegExp(
        `^Error: src/content/policy/en/p4-3\\.mdx: the Chinese \\(zh\\) has ${o} sentence\\(s\\) and the English \\(en\\) ${t};.*state the grouping`,
      ),
      JSON.stringify(groups),
    );
});

test('every passage of the text aligns one to one: the sentence counts of each language', () => {
  const counts = readPolicyEntries()
    .filter((e) => e.text.sentences.length)
    .map((e) => `${e.locale}/${e.data.id}:${e.text.sentences.length}`)
    .sort();
  assert.deepEqual(counts, [
    'en/p3-4:4',
    'en/p4-1:2',
    'en/p4-2:1',
    'en/p4-3:3',
    'en/p4-4:2',
    'en/preamble:2',
    'zh/p3-4:4',
    'zh/p4-1:2',
    'zh/p4-2:1',
    'zh/p4-3:3',
    'zh/p4-4:2',
    'zh/preamble:2',
  ]);
});
