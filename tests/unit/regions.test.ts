import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRegions, quoteFor, itemReference, type MeasureEntry, type RegionEntry } from '../../src/lib/regions.ts';
import { layout } from '../../src/lib/region-map.ts';
import type { PassageEntry } from '../../src/lib/document.ts';
import { readPolicyEntries } from '../support/content.ts';

/** The table: ids, Chinese and English names, in its order. */
const TABLE = [
  ['hohhot', '呼和浩特市', 'Hohhot'], ['baotou', '包头市', 'Baotou'], ['hulunbuir', '呼伦贝尔市', 'Hulunbuir'],
  ['hinggan', '兴安盟', 'Hinggan League'], ['tongliao', '通辽市', 'Tongliao'], ['chifeng', '赤峰市', 'Chifeng'],
  ['xilingol', '锡林郭勒盟', 'Xilingol League'], ['ulanqab', '乌兰察布市', 'Ulanqab'], ['ordos', '鄂尔多斯市', 'Ordos'],
  ['bayannur', '巴彦淖尔市', 'Bayannur'], ['wuhai', '乌海市', 'Wuhai'], ['alxa', '阿拉善盟', 'Alxa League'],
] as const;
const NAMED = ['hohhot', 'baotou', 'chifeng'];

const regions: RegionEntry[] = readPolicyEntries('src/content/regions').map((e) => ({ filePath: e.file, locale: e.locale, data: e.data as unknown as RegionEntry['data'], body: e.body }));
const passages: PassageEntry<string>[] = readPolicyEntries().map((e) => ({
  filePath: e.file, locale: e.locale, body: e.body, data: { regions: [], ...e.data } as unknown as PassageEntry['data'],
}));
const textOf = (p: PassageEntry<string>) => p.body;
const build = (locale: 'zh' | 'en', over: { regions?: RegionEntry[]; passages?: PassageEntry<string>[]; measures?: MeasureEntry[] } = {}) =>
  buildRegions({ locale, regions: over.regions ?? regions, passages: over.passages ?? passages, measures: over.measures ?? [], textOf });

test('the twelve regions, in the table order, with exactly the table’s names and kinds in both languages', () => {
  for (const [index, locale] of (['zh', 'en'] as const).entries()) {
    const built = build(locale);
    assert.deepEqual(built.map((r) => [r.entry.data.id, r.entry.data.name]), TABLE.map((row) => [row[0], row[index + 1]]));
    for (const r of built) assert.equal(r.entry.data.kind, /盟$/.test(TABLE.find((row) => row[0] === r.entry.data.id)![1]) ? 'league' : 'city');
  }
});

test('四（三） names Hohhot, Baotou and Chifeng and applies to all twelve', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const region of build(locale)) {
      const p43 = region.items.find((i) => i.passage.data.id === 'p4-3');
      assert.ok(p43?.appliesToAll, `${region.entry.data.id}: p4-3 applies`);
      assert.equal(p43.names, NAMED.includes(region.entry.data.id), `${region.entry.data.id}: named or not`);
      assert.equal(region.items.length, 1, 'no other item names a region or addresses every league and city');
    }
  }
});

test('the quote is the item’s own text, with the naming sentence marked for a named region only', () => {
  const p43 = passages.find((p) => p.locale === 'zh' && p.data.id === 'p4-3')!;
  const hohhot = regions.find((r) => r.locale === 'zh' && r.data.id === 'hohhot')!;
  const ordos = regions.find((r) => r.locale === 'zh' && r.data.id === 'ordos')!;
  const quoted = quoteFor(p43.body, hohhot.data, 'zh').flat();
  assert.equal(quoted.map((s) => s.text).join(''), p43.body);
  assert.deepEqual(quoted.filter((s) => s.names).map((s) => s.text), ['呼和浩特、包头、赤峰等盟市要强化对所在地集中连片区的统筹管理和指导，同时要强化对其他旗县（市、区）的分类管理和指导。']);
  assert.deepEqual(quoted.filter((s) => s.addressesAll).map((s) => s.text), ['各盟市、旗县（市、区）要结合实际制定具体措施。']);
  assert.equal(quoteFor(p43.body, ordos.data, 'zh').flat().filter((s) => s.names).length, 0);
  const en = passages.find((p) => p.locale === 'en' && p.data.id === 'p4-3')!;
  const enQuote = quoteFor(en.body, { name: 'Hohhot' }, 'en').flat();
  assert.equal(enQuote.map((s) => s.text).join(' '), en.body);
  assert.match(enQuote.find((s) => s.names)!.text, /^Leagues and cities such as Hohhot, Baotou, and Chifeng shall/);
  assert.equal(itemReference('四、', '（三）', 'zh'), '四（三）');
  assert.equal(itemReference('IV.', '(3)', 'en'), 'IV (3)');
});

const edit = <T extends { filePath: string }>(list: T[], file: RegExp, change: (e: T) => T | null) =>
  list.flatMap((e) => (file.test(e.filePath) ? [change(e)].filter((x): x is T => x !== null) : [e]));

test('an item listing an unknown region, or one its text does not name, is refused with the file named', () => {
  const unknown = edit(passages, /en\/p4-3\.mdx$/, (p) => ({ ...p, data: { ...p.data, regions: ['hohhot', 'huhhot'] } }));
  assert.throws(() => build('zh', { passages: unknown }), /src\/content\/policy\/en\/p4-3\.mdx: 'regions' lists 'huhhot', which is not a region/);
  const unnamed = edit(passages, /\/p4-1\.mdx$/, (p) => ({ ...p, data: { ...p.data, regions: ['ordos'] } }));
  assert.throws(() => build('zh', { passages: unnamed }), /p4-1\.mdx: 'regions' lists 'ordos' but the text does not name 鄂尔多斯市/);
  const noPhrase = edit(passages, /\/p4-1\.mdx$/, (p) => ({ ...p, data: { ...p.data, appliesTo: 'all-leagues' as const } }));
  assert.throws(() => build('zh', { passages: noPhrase }), /p4-1\.mdx: 'appliesTo: all-leagues' but the text does not contain “各盟市”/);
  const disagree = edit(passages, /en\/p4-3\.mdx$/, (p) => ({ ...p, data: { ...p.data, regions: ['hohhot', 'baotou'] } }));
  assert.throws(() => build('zh', { passages: disagree }), /p4-3\.mdx: 'regions' is .* but its twin .* says/);
});

test('a region without its twin, or twins that disagree, are refused with the file named', () => {
  assert.throws(() => build('zh', { regions: edit(regions, /en\/wuhai\.mdx$/, () => null) }), /src\/content\/regions\/en\/wuhai\.mdx: missing\. src\/content\/regions\/zh\/wuhai\.mdx has no English twin/);
  const kind = edit(regions, /en\/alxa\.mdx$/, (r) => ({ ...r, data: { ...r.data, kind: 'city' as const } }));
  assert.throws(() => build('zh', { regions: kind }), /alxa\.mdx: 'kind' is "(city|league)" but its twin/);
  const misnamed = edit(regions, /zh\/ordos\.mdx$/, (r) => ({ ...r, data: { ...r.data, id: 'erdos' } }));
  assert.throws(() => build('zh', { regions: misnamed }), /zh\/ordos\.mdx: 'id' is 'erdos' but the file is named 'ordos'/);
});

const measure = (locale: 'zh' | 'en', data: Partial<MeasureEntry['data']> = {}): MeasureEntry => ({
  filePath: `src/content/measures/${locale}/m.mdx`, locale, id: 'm', body: '',
  data: { region: 'hohhot', title: 't', issuer: 'i', date: '2020-01-01', source: 's', items: ['p4-3'], ...data },
});

test('measures: counted on their region; unknown region or item, missing twin, disagreeing twin refused', () => {
  const built = build('en', { measures: [measure('zh'), measure('en')] });
  assert.deepEqual(built.map((r) => r.measures.length), built.map((r) => (r.entry.data.id === 'hohhot' ? 1 : 0)));
  assert.throws(() => build('en', { measures: [measure('zh', { region: 'huhhot' }), measure('en', { region: 'huhhot' })] }), /measures\/zh\/m\.mdx: 'region' is 'huhhot', which is not a region/);
  assert.throws(() => build('en', { measures: [measure('zh', { items: ['p4-9'] }), measure('en')] }), /measures\/zh\/m\.mdx: 'items' lists 'p4-9', which is not a policy item/);
  assert.throws(() => build('en', { measures: [measure('zh', { items: ['p3'] }), measure('en')] }), /'items' lists 'p3', which is not a policy item/);
  assert.throws(() => build('en', { measures: [measure('zh')] }), /src\/content\/measures\/en\/m\.mdx: missing/);
  assert.throws(() => build('en', { measures: [measure('zh'), measure('en', { date: '2020-01-02' })] }), /en\/m\.mdx: 'date' is "2020-01-02" but its twin/);
});

test('the schematic: twelve non-overlapping tiles, Alxa League in the west, Hulunbuir in the north-east', () => {
  const zh = build('zh').map((r) => r.entry.data);
  const { tiles, width, height } = layout(zh, 'zh');
  assert.equal(tiles.length, 12);
  const by = (id: string) => tiles.find((t) => t.id === id)!;
  assert.equal(Math.min(...tiles.map((t) => t.x)), by('alxa').x);
  assert.equal(Math.max(...tiles.map((t) => t.x)), by('hulunbuir').x);
  assert.equal(Math.min(...tiles.map((t) => t.y)), by('hulunbuir').y);
  for (const t of tiles) assert.ok(t.x + t.width <= width && t.y + t.height <= height);
  assert.deepEqual(by('xilingol').lines, ['锡林郭勒', '盟']);
  assert.deepEqual(layout(build('en').map((r) => r.entry.data), 'en').tiles.find((t) => t.id === 'xilingol')!.lines, ['Xilingol', 'League']);
  const clash = zh.map((d) => (d.id === 'wuhai' ? { ...d, tile: [2, 3] as [number, number] } : d)); // Ordos's place
  assert.throws(() => layout(clash, 'zh'), /zh\/(wuhai|ordos)\.mdx: 'tile' overlaps (ordos|wuhai)'s tile/);
});
