import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, checkTwins, passageData, placeOf, type PassageEntry } from '../../src/lib/document/model.ts';
import { passageIn, readPolicyEntries } from '../support/content.ts';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { expectedIn } from '../support/site.ts';

const entries: PassageEntry[] = readPolicyEntries();

test('the document has parts 一 二 三 四 in order, 二 absent, items in order, labels from the ids', () => {
  for (const locale of locales) {
    const doc = buildDocument(entries, locale);
    assert.deepEqual(
      doc.parts.map((p) => p.passage.data.id),
      ['p1', 'p2', 'p3', 'p4'],
    );
    assert.equal(doc.parts[1]!.passage.data.source, 'absent');
    assert.deepEqual(
      doc.parts[2]!.items.map((i) => i.data.item),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    assert.deepEqual(
      doc.parts.map((p) => p.passage.data.label),
      expectedIn(locale, { zh: ['一、', '二、', '三、', '四、'], en: ['I.', 'II.', 'III.', 'IV.'] }),
    );
    assert.equal(doc.parts[2]!.items[9]!.data.label, expectedIn(locale, { zh: '（十）', en: '(10)' }));
  }
});

test('a missing twin is named with its file', () => {
  const twin = passageIn(entries, 'en', 'p3-4');
  const withoutTwin = entries.filter((e) => e !== twin);
  assert.throws(() => checkTwins(withoutTwin), /src\/content\/policy\/en\/p3-4\.mdx: missing/);
});

test('a file name that is not a passage id, or a heading missing, is named', () => {
  assert.throws(
    () => placeOf('p3-x', 'src/content/policy/zh/p3-x.mdx'),
    /zh\/p3-x\.mdx: the file name must be preamble\.mdx, p\{part\}\.mdx or p\{part\}-\{item\}\.mdx/,
  );
  assert.deepEqual(placeOf('p3-4', 'f'), { kind: 'item', part: 3, item: 4 });
  assert.throws(
    () =>
      passageData('p4-1', 'src/content/policy/en/p4-1.mdx', 'en', undefined, { source: 'full', addressees: new Map() }),
    /en\/p4-1\.mdx: missing 'heading'/,
  );
  assert.doesNotThrow(() =>
    passageData('p2', 'src/content/policy/en/p2.mdx', 'en', undefined, { source: 'absent', addressees: new Map() }),
  );
});

test('an item whose part has no entry is named', () => {
  const orphan = entries.filter((e) => e.data.id !== 'p1');
  const p11 = passageIn(entries, sourceLocale, 'p3-1');
  const moved = { ...p11, filePath: 'src/content/policy/zh/p9-1.mdx', data: { ...p11.data, id: 'p9-1', part: 9 } };
  assert.throws(
    () =>
      buildDocument(
        [...orphan, moved, { ...moved, locale: 'en' as const, filePath: 'src/content/policy/en/p9-1.mdx' }],
        'zh',
      ),
    /p9-1\.mdx: part 9 has no entry; add src\/content\/policy\/zh\/p9\.mdx/,
  );
});

test('the id grammar says one thing: its patterns, parsers and formatters agree, and search records keep their kind', async () => {
  const ids = await import('../../src/lib/document/ids.ts');
  const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
  const passages = ['preamble', 'p1', 'p3', 'p3-4', 'p10-12'];
  const sentences = ['preamble-2', 'p4-3-2', 'p10-1-13'];
  const neither = ['p0', 'p3-0', 'p03', 'p3-4-0', 'preamble-0', 'p', 'p3-', 'intro', 'p3-4x'];
  for (const id of passages) {
    assert.ok(whole(ids.PASSAGE_PATTERN).test(id), id);
    assert.equal(ids.passageId(ids.parsePassageId(id)!), id);
    assert.equal(whole(ids.ITEM_PATTERN).test(id), ids.isItemId(id), id);
  }
  for (const id of sentences) {
    assert.ok(whole(ids.SENTENCE_PATTERN).test(id), id);
    const { passage, sentence } = ids.parseSentenceId(id)!;
    assert.equal(ids.sentenceId(passage, sentence), id);
  }
  for (const id of neither) {
    assert.ok(!whole(ids.PASSAGE_PATTERN).test(id) && !ids.isPassageId(id), id);
    assert.ok(!whole(ids.SENTENCE_PATTERN).test(id) && !ids.parseSentenceId(id), id);
  }
  assert.equal(ids.unqualified(ids.qualified('nmg-covid-opinions-2020', 'p3-4')), 'p3-4');
  assert.equal(ids.recordId('measure', 'hohhot-plan'), 'measure-hohhot-plan');
  assert.ok(ids.isRecordId('glossary', ids.recordId('glossary', 'fugong-fuchan')));
  assert.ok(!ids.isRecordId('region', ids.recordId('glossary', 'hohhot')));
});
