import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRegions, quoteFor, type MeasureData, type RegionData } from '../../src/lib/regions/model.ts';
import { checkItemReferences, checkMeasureItems } from '../../src/lib/regions/checks.ts';
import { anchorOf, arcOrder, labelLines, MAP_FRAME } from '../../src/lib/regions/map.ts';
import type { PassageEntry } from '../../src/lib/document/model.ts';
import { reference } from '../../src/lib/document/naming.ts';
import { readPolicyEntries } from '../support/content.ts';
import { ARC, NAMED, REGIONS, REGION_IDS } from '../support/regions.ts';

/** The table: ids, Chinese and English names, in its order. */
const TABLE = [
  ['hohhot', '呼和浩特市', 'Hohhot'],
  ['baotou', '包头市', 'Baotou'],
  ['hulunbuir', '呼伦贝尔市', 'Hulunbuir'],
  ['hinggan', '兴安盟', 'Hinggan League'],
  ['tongliao', '通辽市', 'Tongliao'],
  ['chifeng', '赤峰市', 'Chifeng'],
  ['xilingol', '锡林郭勒盟', 'Xilingol League'],
  ['ulanqab', '乌兰察布市', 'Ulanqab'],
  ['ordos', '鄂尔多斯市', 'Ordos'],
  ['bayannur', '巴彦淖尔市', 'Bayannur'],
  ['wuhai', '乌海市', 'Wuhai'],
  ['alxa', '阿拉善盟', 'Alxa League'],
] as const;

const regionsIn = (locale: 'zh' | 'en'): RegionData[] =>
  REGION_IDS.map((id) => ({
    id,
    kind: REGIONS[id]!.kind,
    order: REGIONS[id]!.order,
    name: REGIONS[id]!.name[locale],
    short: REGIONS[id]!.short[locale],
    map: { ...REGIONS[id]!.map, anchor: REGIONS[id]!.map.anchor ?? 'middle' },
  }));
const passages: PassageEntry<string>[] = readPolicyEntries().map((e) => ({
  filePath: e.file,
  locale: e.locale,
  body: e.body,
  data: e.data,
}));
const itemsIn = (locale: 'zh' | 'en') => passages.filter((p) => p.locale === locale && p.data.kind === 'item');
const textOf = (p: PassageEntry) => p.body as string;

test('the twelve regions, in the table order, with exactly the table’s names and kinds in both languages', () => {
  for (const [index, locale] of (['zh', 'en'] as const).entries()) {
    const built = buildRegions(regionsIn(locale), itemsIn(locale), []);
    assert.deepEqual(
      built.map((r) => [r.entry.data.id, r.entry.data.name]),
      TABLE.map((row) => [row[0], row[index + 1]]),
    );
    for (const r of built)
      assert.equal(
        r.entry.data.kind,
        /盟$/.test(TABLE.find((row) => row[0] === r.entry.data.id)![1]) ? 'league' : 'city',
      );
  }
});

test('四（三） names Hohhot, Baotou and Chifeng and applies to all twelve', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const region of buildRegions(regionsIn(locale), itemsIn(locale), [])) {
      const p43 = region.items.find((i) => i.passage.data.id === 'p4-3');
      assert.ok(p43?.appliesToAll, `${region.entry.data.id}: p4-3 applies`);
      assert.equal(p43.names, NAMED.includes(region.entry.data.id), `${region.entry.data.id}: named or not`);
      assert.equal(region.items.length, 1, 'no other item names a region or addresses every league and city');
    }
  }
});

test('the quote is the item’s own text, with the naming sentence marked for a named region only', () => {
  const p43 = passages.find((p) => p.locale === 'zh' && p.data.id === 'p4-3')!;
  const [hohhot, ordos] = ['hohhot', 'ordos'].map((id) => regionsIn('zh').find((r) => r.id === id)!);
  const quoted = quoteFor(p43.body, hohhot!, 'zh').flat();
  assert.equal(quoted.map((s) => s.text).join(''), p43.body);
  assert.deepEqual(
    quoted.filter((s) => s.names).map((s) => s.text),
    [
      '呼和浩特、包头、赤峰等盟市要强化对所在地集中连片区的统筹管理和指导，同时要强化对其他旗县（市、区）的分类管理和指导。',
    ],
  );
  assert.deepEqual(
    quoted.filter((s) => s.addressesAll).map((s) => s.text),
    ['各盟市、旗县（市、区）要结合实际制定具体措施。'],
  );
  assert.equal(
    quoteFor(p43.body, ordos!, 'zh')
      .flat()
      .filter((s) => s.names).length,
    0,
  );
  const en = passages.find((p) => p.locale === 'en' && p.data.id === 'p4-3')!;
  const enQuote = quoteFor(en.body, { short: 'Hohhot' }, 'en').flat();
  assert.equal(enQuote.map((s) => s.text).join(' '), en.body);
  assert.match(enQuote.find((s) => s.names)!.text, /^Leagues and cities such as Hohhot, Baotou, and Chifeng shall/);
  assert.equal(reference(p43.data, 'zh'), '四（三）');
  assert.equal(reference(en.data, 'en'), 'IV (3)');
});

test('an item listing a region its text does not name, or all-leagues without the words, is refused naming the files', () => {
  const p41 = passages.find((p) => p.locale === 'zh' && p.data.id === 'p4-1')!;
  const unnamed = { ...p41, data: { ...p41.data, regions: ['ordos'] } };
  assert.throws(
    () => checkItemReferences([unnamed], regionsIn('zh'), textOf),
    /outline\.yaml: 'p4-1' lists the region 'ordos', but src\/content\/policy\/zh\/p4-1\.mdx does not name 鄂尔多斯/,
  );
  const noPhrase = { ...p41, data: { ...p41.data, appliesTo: 'all-leagues' as const } };
  assert.throws(
    () => checkItemReferences([noPhrase], regionsIn('zh'), textOf),
    /'p4-1' has 'appliesTo: all-leagues', but .*p4-1\.mdx does not contain “各盟市”/,
  );
  for (const locale of ['zh', 'en'] as const)
    assert.doesNotThrow(() =>
      checkItemReferences(
        passages.filter((p) => p.locale === locale),
        regionsIn(locale),
        textOf,
      ),
    );
});

const measure = (over: Partial<MeasureData> = {}): MeasureData => ({
  id: 'hohhot-m',
  region: 'hohhot',
  date: '2020-02-20',
  issuer: 'i',
  titleKind: 'published',
  title: 't',
  titleOriginal: 't',
  items: ['p4-3'],
  summary: 's',
  source: { url: 'https://example.org/', publisher: 'p', standing: 'official' },
  ...over,
});

test('measures: listed on their region in date order; an unknown item is refused naming the file', () => {
  const built = buildRegions(regionsIn('en'), itemsIn('en'), [
    measure({ id: 'b', date: '2020-03-01' }),
    measure({ id: 'a' }),
  ]);
  assert.deepEqual(
    built.map((r) => r.measures.map((m) => m.id).join()),
    built.map((r) => (r.entry.data.id === 'hohhot' ? 'a,b' : '')),
  );
  const ids = new Set(itemsIn('zh').map((p) => p.data.id));
  assert.throws(
    () => checkMeasureItems([measure({ items: ['p4-9'] })], ids),
    /src\/content\/measures\/hohhot-m\.yaml: 'items' lists 'p4-9', which is not a policy item/,
  );
  assert.throws(() => checkMeasureItems([measure({ items: ['p3'] })], ids), /'items' lists 'p3'/);
});

test('the map: twelve closed outlines inside the frame, each name placed in the frame', () => {
  for (const r of regionsIn('zh')) {
    const { d, label } = r.map;
    assert.match(d, /^M\d+ \d+l[-\d\s]+z(M\d+ \d+l[-\d\s]+z)*$/, `${r.id}: absolute start, relative steps, closed`);
    // walk the path: every vertex lies inside the frame
    for (const part of d.split('M').filter(Boolean)) {
      const [x0, y0, ...steps] = (part.match(/-?\d+/g) ?? []).map(Number);
      let [x, y] = [x0!, y0!];
      for (let i = 0; i < steps.length; i += 2) {
        x += steps[i]!;
        y += steps[i + 1]!;
        assert.ok(
          x >= 0 && x <= MAP_FRAME.width && y >= 0 && y <= MAP_FRAME.height,
          `${r.id}: vertex ${x},${y} outside the frame`,
        );
      }
    }
    assert.ok(
      label[0] > 0 && label[0] < MAP_FRAME.width && label[1] > 0 && label[1] < MAP_FRAME.height,
      `${r.id}: label inside the frame`,
    );
  }
  // the three smallest carry leader lines
  for (const id of ['wuhai', 'hohhot', 'baotou']) assert.ok(regionsIn('en').find((r) => r.id === id)!.map.leader, id);
});

test('the map’s keyboard order runs along the arc from Alxa League to Hulunbuir; leagues’ English names take two lines', () => {
  const order = arcOrder(regionsIn('en')).map((r) => r.id);
  assert.equal(order[0], 'alxa');
  assert.equal(order.at(-1), 'hulunbuir');
  assert.deepEqual(order, ARC);
  assert.deepEqual(anchorOf({ d: 'M0 0z', label: [1, 2], leader: [3, 4], anchor: 'start' }), [3, 4]);
  assert.deepEqual(labelLines('Xilingol League'), ['Xilingol', 'League']);
  assert.deepEqual(labelLines('Hohhot'), ['Hohhot']);
  assert.deepEqual(labelLines('锡林郭勒盟'), ['锡林郭勒盟']);
});
