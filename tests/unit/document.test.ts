import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, checkTwins, type PassageEntry } from '../../src/lib/document.ts';
import { readPolicyEntries } from '../support/content.ts';
import zh from '../../src/i18n/locales/zh.json' with { type: 'json' };
import en from '../../src/i18n/locales/en.json' with { type: 'json' };

const entries: PassageEntry[] = readPolicyEntries().map((e) => ({
  filePath: e.file, locale: e.locale, body: e.body,
  data: { regions: [], ...e.data } as unknown as PassageEntry['data'],
}));

test('the document has parts 一 二 三 四 in order, 二 absent, items in order', () => {
  for (const locale of ['zh', 'en'] as const) {
    const doc = buildDocument(entries, locale);
    assert.deepEqual(doc.parts.map((p) => p.passage.data.id), ['p1', 'p2', 'p3', 'p4']);
    assert.equal(doc.parts[1]!.passage.data.source, 'absent');
    assert.deepEqual(doc.parts[2]!.items.map((i) => i.data.item), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  }
});

test('a missing twin is named with its file', () => {
  const withoutTwin = entries.filter((e) => !(e.locale === 'en' && e.data.id === 'p3-4'));
  assert.throws(() => checkTwins(withoutTwin), /src\/content\/policy\/en\/p3-4\.mdx: missing/);
});

test('twins that disagree on source status are named', () => {
  const broken = entries.map((e) => (e.locale === 'en' && e.data.id === 'p4-2' ? { ...e, data: { ...e.data, source: 'heading-only' as const } } : e));
  assert.throws(() => checkTwins(broken), /p4-2\.mdx: 'source'/);
});

test('a duplicate id and a file/id mismatch are named', () => {
  const dup = entries.find((e) => e.locale === 'zh' && e.data.id === 'p4-1')!;
  assert.throws(() => checkTwins([...entries, { ...dup, filePath: dup.filePath }]), /duplicate id 'p4-1'/);
  // a copy that kept its id is a duplicate, named with the file it copies
  assert.throws(() => checkTwins([...entries, { ...dup, filePath: 'src/content/policy/zh/p4-9.mdx' }]), /zh\/p4-9\.mdx: duplicate id 'p4-1', already used by src\/content\/policy\/zh\/p4-1\.mdx/);
  const renamed = entries.map((e) => (e === dup ? { ...dup, filePath: 'src/content/policy/zh/p4-9.mdx' } : e));
  assert.throws(() => checkTwins(renamed), /'id' is 'p4-1' but the file is named 'p4-9'/);
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

test('every interface string exists in both languages', () => {
  const zhKeys = keys(zh);
  const enKeys = keys(en);
  assert.deepEqual(zhKeys.filter((k) => !enKeys.includes(k)), [], 'keys missing from en.json');
  assert.deepEqual(enKeys.filter((k) => !zhKeys.includes(k)), [], 'keys missing from zh.json');
});
