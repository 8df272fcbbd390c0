/** Two pure rules of the reading pages' typesetting and gap notes: where a Chinese title may break, and how a part names its heading-only items. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phrases } from '../../src/lib/document/phrases.ts';
import { headingOnlyList } from '../../src/lib/document/gaps.ts';

test('a Chinese title breaks between words, never inside one', () => {
  const title = '关于实行分类指导精准施策统筹做好疫情防控与经济社会发展工作的意见';
  const parts = phrases(title, 'zh-CN');
  assert.equal(parts.join(''), title); // nothing added or lost
  assert.ok(parts.length > 5);
  for (const word of ['施策', '疫情防控', '意见'])
    assert.ok(
      parts.some((p) => p.includes(word)),
      `${word} kept whole`,
    );
  assert.ok(!parts.some((p) => p.endsWith('施')), 'never 精准施/策');
});

const item = (n: number, label: string, source: 'full' | 'heading-only') => ({ item: n, label, source });
const part3 = [
  item(1, '（一）', 'heading-only'),
  item(2, '（二）', 'heading-only'),
  item(3, '（三）', 'heading-only'),
  item(4, '（四）', 'full'),
  item(5, '（五）', 'heading-only'),
  item(6, '（六）', 'heading-only'),
  item(11, '（十一）', 'heading-only'),
];

test('heading-only items are named once, as ranges, in each language', () => {
  assert.equal(headingOnlyList(part3, 'zh'), '（一）至（三）、（五）至（六）和（十一）');
  const en = part3.map((i, k) => ({ ...i, label: `(${[1, 2, 3, 4, 5, 6, 11][k]})` }));
  assert.equal(headingOnlyList(en, 'en'), '(1)–(3), (5)–(6), and (11)');
  assert.equal(headingOnlyList([item(1, '（一）', 'full')], 'zh'), '');
});
