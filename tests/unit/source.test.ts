import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSource } from '../../src/lib/document/source.ts';
import { chineseNumber, fromChineseNumber, label, reference, romanNumber } from '../../src/lib/document/naming.ts';
import { readPolicyEntries } from '../support/content.ts';
import { sourceLocale } from '../../src/i18n/locales.ts';
import { SOURCE_SUMS, sourceRecordFaults } from '../../src/lib/gates/source-text.ts';

const SOURCE = 'source/000_dba1a802fa3e88bb.txt';
const raw = readFileSync(SOURCE, 'utf8');
const source = parseSource(raw);
const zh = new Map(
  readPolicyEntries()
    .filter((e) => e.locale === sourceLocale)
    .map((e) => [e.data.id as string, e]),
);

test('the source is the record the project took, byte for byte: its SHA-256 is the one source/SHA256SUMS holds', () => {
  const sums = readFileSync(SOURCE_SUMS, 'utf8');
  const recorded = sums.match(/^([0-9a-f]{64}) {2}000_dba1a802fa3e88bb\.txt$/m)?.[1];
  assert.ok(recorded, `${SOURCE_SUMS} records the source`);
  assert.equal(createHash('sha256').update(readFileSync(SOURCE)).digest('hex'), recorded);
  assert.deepEqual(sourceRecordFaults('.'), []);
  // The build's gate notices one character changed.
  const copy = mkdtempSync(join(tmpdir(), 'source-'));
  try {
    mkdirSync(join(copy, 'source'));
    writeFileSync(join(copy, SOURCE_SUMS), sums);
    writeFileSync(join(copy, SOURCE), raw.replace('近日', '最近'));
    assert.match(sourceRecordFaults(copy).join('\n'), /000_dba1a802fa3e88bb\.txt: its SHA-256 is/);
  } finally {
    rmSync(copy, { recursive: true });
  }
});

test('the source parses as: preamble, parts 一 三 四, 11 + 4 items, credit 腾格里新闻', () => {
  assert.deepEqual(
    source.parts.map((p) => p.part),
    [1, 3, 4],
  );
  assert.deepEqual(
    source.parts.map((p) => p.items.length),
    [0, 11, 4],
  );
  assert.equal(source.credit, '腾格里新闻');
  assert.match(source.preamble, /^近日，.*全文如下：$/);
});

test('the first copy only: the second copy and the footer are not part of the text', () => {
  const all = [
    source.preamble,
    ...source.parts.flatMap((p) => [p.heading, ...p.items.flatMap((i) => [i.heading, i.body])]),
  ].join('');
  for (const boilerplate of ['扫一扫', '主办单位', '标识码', '蒙公网安备', '已收藏'])
    assert.ok(!all.includes(boilerplate), boilerplate);
  assert.equal(raw.split('（四）加强考核问责').length - 1, 2, 'the capture holds the text twice');
  assert.equal(all.split('（四）加强考核问责').length - 1, 0);
});

test('numerals and labels, for the source and the bench’s larger documents', () => {
  assert.deepEqual(['一', '四', '十', '十一'].map(fromChineseNumber), [1, 4, 10, 11]);
  const cases: [number, string, string][] = [
    [1, '一', 'I'],
    [4, '四', 'IV'],
    [10, '十', 'X'],
    [14, '十四', 'XIV'],
    [40, '四十', 'XL'],
    [100, '一百', 'C'],
    [105, '一百零五', 'CV'],
    [110, '一百一十', 'CX'],
    [396, '三百九十六', 'CCCXCVI'],
  ];
  for (const [n, zh, en] of cases) {
    assert.equal(chineseNumber(n), zh);
    assert.equal(fromChineseNumber(zh), n);
    assert.equal(romanNumber(n), en);
  }
  const p34 = { kind: 'item' as const, part: 3, item: 4 };
  assert.deepEqual(
    [label(p34, 'zh'), label(p34, 'en'), reference(p34, 'zh'), reference(p34, 'en')],
    ['（四）', '(4)', '三（四）', 'III (4)'],
  );
  assert.deepEqual([label({ kind: 'part', part: 3 }, 'zh'), label({ kind: 'part', part: 3 }, 'en')], ['三、', 'III.']);
  assert.throws(() => fromChineseNumber('十十'), /not a Chinese numeral/);
});

test('every Chinese entry is the source, character for character', () => {
  assert.equal(zh.get('preamble')!.body, source.preamble);
  let items = 0;
  for (const part of source.parts) {
    const entry = zh.get(part.id)!;
    assert.equal(entry.data.heading, part.heading);
    assert.equal(entry.data.label, part.label);
    for (const item of part.items) {
      const e = zh.get(item.id);
      assert.ok(e, `src/content/policy/${sourceLocale}/${item.id}.mdx exists`);
      assert.equal(e.data.label, item.label);
      assert.equal(e.data.heading, item.heading, e.file);
      assert.equal(e.body, item.body, e.file);
      assert.equal(e.data.source, item.body ? 'full' : 'heading-only', e.file);
      items++;
    }
  }
  assert.equal(items, 15);
  // and nothing more: the entries are exactly the source's passages plus the absent part 二
  assert.deepEqual(
    [...zh.keys()].sort(),
    ['p1', 'p2', 'p3', 'p4', 'preamble', ...source.parts.flatMap((p) => p.items.map((i) => i.id))].sort(),
  );
  assert.equal(zh.get('p2')!.data.source, 'absent');
  assert.equal(zh.get('p2')!.data.heading, undefined, 'part 二 has no invented heading');
});
