import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bindingOf, buildRegions, type MeasureData, type RegionData } from '../../src/lib/regions/model.ts';
import { checkMeasureItems, checkNamedRegions } from '../../src/lib/regions/checks.ts';
import { innerPointOf, arcOrder, labelLines, MAP_FRAME } from '../../src/lib/regions/map.ts';
import { reference } from '../../src/lib/document/naming.ts';
import { passageIn, readPolicyEntries } from '../support/content.ts';
import { locales, sourceLocale, type Locale } from '../../src/i18n/locales.ts';
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

const regionsIn = (locale: Locale): RegionData[] =>
  REGION_IDS.map((id) => ({
    id,
    kind: REGIONS[id]!.kind,
    order: REGIONS[id]!.order,
    name: REGIONS[id]!.name[locale],
    short: REGIONS[id]!.short[locale],
    measuresSearched: '2026-12-06',
    map: { ...REGIONS[id]!.map, anchor: REGIONS[id]!.map.anchor ?? 'middle' },
  }));
const passages = readPolicyEntries();
const passagesIn = (locale: Locale) => passages.filter((p) => p.locale === locale);

test('the twelve regions, in the table order, with exactly the table’s names and kinds in both languages', () => {
  // The column of each language's names: a language added to the locale table needs its own here.
  const column: Record<Locale, 1 | 2> = { zh: 1, en: 2 };
  for (const locale of locales) {
    const built = buildRegions(regionsIn(locale), passagesIn(locale), []);
    assert.deepEqual(
      built.map((r) => [r.entry.data.id, r.entry.data.name]),
      TABLE.map((row) => [row[0], row[column[locale]]]),
    );
    for (const r of built)
      assert.equal(
        r.entry.data.kind,
        /盟$/.test(TABLE.find((row) => row[0] === r.entry.data.id)![1]) ? 'league' : 'city',
      );
  }
});

test('every league and city is bound by 四（一） and the first two sentences of 四（三）; its third names three as examples, so it may reach the others', () => {
  for (const locale of locales) {
    for (const region of buildRegions(regionsIn(locale), passagesIn(locale), [])) {
      const id = region.entry.data.id;
      const named = NAMED.includes(id);
      assert.deepEqual(
        region.binds.map((b) => `${b.unit.id}:${b.how}`),
        ['p4-1-1:all-levels', 'p4-3-1:all-levels', 'p4-3-2:all-leagues', named ? 'p4-3-3:names' : 'p4-3-3:such-as'],
        `${locale} ${id}`,
      );
    }
  }
  // The sentences are the text's own, quoted whole.
  const wuhai = buildRegions(regionsIn('zh'), passagesIn('zh'), []).find((r) => r.entry.data.id === 'wuhai')!;
  assert.equal(
    wuhai.binds.find((b) => b.unit.id === 'p4-3-1')!.unit.sentences[0]!.text,
    '各地区各部门要从实际出发，进一步明确重点任务，坚持科学防控、依法防控，实事求是做好防控工作，不能层层加码、一刀切，坚决防止形式主义，切实把各项工作抓实、抓细、抓落地。',
  );
  assert.equal(bindingOf(['others', 'all-levels'], 'wuhai'), 'all-levels');
  assert.equal(bindingOf([{ named: ['wuhai'] }, 'all-leagues'], 'wuhai'), 'names', 'naming is said first');
  assert.equal(bindingOf(['others'], 'wuhai'), undefined);
  assert.equal(bindingOf([{ named: ['hohhot'], open: true }], 'wuhai'), 'such-as', 'named as examples: may reach it');
  assert.equal(bindingOf([{ named: ['hohhot'] }], 'wuhai'), undefined, 'a closed list reaches only those it names');
  assert.equal(reference(passages.find((p) => p.data.id === 'p4-3')!.data, 'zh'), '四（三）');
});

test('a sentence the outline says names a region must name it, in every language, or the build names the files', () => {
  const p41 = passageIn(passages, sourceLocale, 'p4-1');
  const unnamed = { ...p41, data: { ...p41.data, addressees: new Map([[1, { named: ['ordos'] }]]) } };
  assert.throws(
    () => checkNamedRegions([unnamed], regionsIn('zh')),
    /outline\.yaml: sentence 1 of 'p4-1' names 'ordos', but in src\/content\/policy\/zh\/p4-1\.mdx that sentence does not name 鄂尔多斯/,
  );
  for (const locale of locales) assert.doesNotThrow(() => checkNamedRegions(passagesIn(locale), regionsIn(locale)));
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
  const built = buildRegions(regionsIn('en'), passagesIn('en'), [
    measure({ id: 'b', date: '2020-03-01' }),
    measure({ id: 'a' }),
  ]);
  assert.deepEqual(
    built.map((r) => r.measures.map((m) => m.id).join()),
    built.map((r) => (r.entry.data.id === 'hohhot' ? 'a,b' : '')),
  );
  const ids = new Set(
    passagesIn('zh')
      .filter((p) => p.data.kind === 'item')
      .map((p) => p.data.id),
  );
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
  assert.deepEqual(innerPointOf({ d: 'M0 0z', label: [1, 2], leader: [3, 4], anchor: 'start' }), [3, 4]);
  assert.deepEqual(labelLines('Xilingol League'), ['Xilingol', 'League']);
  assert.deepEqual(labelLines('Hohhot'), ['Hohhot']);
  assert.deepEqual(labelLines('锡林郭勒盟'), ['锡林郭勒盟']);
});
