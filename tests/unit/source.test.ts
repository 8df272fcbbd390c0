import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { parseSource, chineseNumeral } from '../../src/lib/source.ts';
import { readPolicyEntries } from '../support/content.ts';

const raw = readFileSync('source/000_dba1a802fa3e88bb.txt', 'utf8');
const source = parseSource(raw);
const zh = new Map(readPolicyEntries().filter((e) => e.locale === 'zh').map((e) => [e.data.id as string, e]));

test('the in-repo source is the shared record, byte for byte (when the shared folder is beside the repo)', (t) => {
  const shared = '../shared/source/000_dba1a802fa3e88bb.txt';
  if (!existsSync(shared)) return t.skip('no ../shared here');
  assert.equal(readFileSync(shared, 'utf8'), raw);
});

test('the source parses as: preamble, parts 一 三 四, 11 + 4 items, credit 腾格里新闻', () => {
  assert.deepEqual(source.parts.map((p) => p.part), [1, 3, 4]);
  assert.deepEqual(source.parts.map((p) => p.items.length), [0, 11, 4]);
  assert.equal(source.credit, '腾格里新闻');
  assert.match(source.preamble, /^近日，.*全文如下：$/);
});

test('the first copy only: the second copy and the footer are not part of the text', () => {
  const all = [source.preamble, ...source.parts.flatMap((p) => [p.heading, ...p.items.flatMap((i) => [i.heading, i.body])])].join('');
  for (const boilerplate of ['扫一扫', '主办单位', '标识码', '蒙公网安备', '已收藏']) assert.ok(!all.includes(boilerplate), boilerplate);
  assert.equal(raw.split('（四）加强考核问责').length - 1, 2, 'the capture holds the text twice');
  assert.equal(all.split('（四）加强考核问责').length - 1, 0);
});

test('Chinese numerals', () => {
  assert.deepEqual(['一', '四', '十', '十一'].map(chineseNumeral), [1, 4, 10, 11]);
});

test('every Chinese entry is the source, character for character', () => {
  assert.equal(zh.get('preamble')!.body, source.preamble);
  let items = 0;
  for (const part of source.parts) {
    const entry = zh.get(`p${part.part}`)!;
    assert.equal(entry.data.heading, part.heading);
    assert.equal(entry.data.label, part.label);
    for (const item of part.items) {
      const e = zh.get(`p${part.part}-${item.item}`);
      assert.ok(e, `src/content/policy/zh/p${part.part}-${item.item}.mdx exists`);
      assert.equal(e.data.label, item.label);
      assert.equal(e.data.heading, item.heading, e.file);
      assert.equal(e.body, item.body, e.file);
      assert.equal(e.data.source, item.body ? 'full' : 'heading-only', e.file);
      items++;
    }
  }
  assert.equal(items, 15);
  // and nothing more: the entries are exactly the source's passages plus the absent part 二
  assert.deepEqual([...zh.keys()].sort(), ['p1', 'p2', 'p3', 'p4', 'preamble', ...source.parts.flatMap((p) => p.items.map((i) => `p${p.part}-${i.item}`))].sort());
  assert.equal(zh.get('p2')!.data.source, 'absent');
  assert.equal(zh.get('p2')!.data.heading, undefined, 'part 二 has no invented heading');
});
