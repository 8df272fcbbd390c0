import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkConsistency,
  checkEntries,
  countTerm,
  findInconsistencies,
  formPattern,
  occurrences,
  type Term,
} from '../../src/lib/glossary/rules.ts';

const countChinese = (t: Term, text: string) => countTerm(t, text, 'zh');
const countEnglish = (t: Term, text: string) => countTerm(t, text, 'en');
import { readPolicyEntries } from '../support/content.ts';
import { sourceLocale } from '../../src/i18n/locales.ts';
import { term } from '../support/glossary.ts';

const cengceng = term('cengceng-jiama', '层层加码', 'add extra requirements at each level', {
  enMatch: ['add* extra requirements at each level'],
});
const tongchou = term('tongchou', '统筹', 'coordinate', { enMatch: ['coordinat*'] });
const hohhot = term('hohhot', '呼和浩特市', 'Hohhot', { zhForms: ['呼和浩特'] });
const text = (id: string, locale: string, value: string) => ({
  id,
  filePath: `src/content/policy/${locale}/${id}.mdx`,
  text: value,
});

test('English patterns match whole words, any case, with * accepting word endings only where written', () => {
  assert.equal(countEnglish(tongchou, 'Coordinate; coordinated management; overall coordination'), 3);
  assert.equal(countEnglish(tongchou, 'uncoordinated'), 0, 'a stem still starts on a word boundary');
  assert.equal(
    countEnglish(cengceng, 'they must not  adding extra requirements\nat each level'),
    1,
    'any run of spaces matches',
  );
  assert.equal(
    countEnglish(term('x', '一刀切', 'one-size-fits-all'), 'a one-size-fits-allish rule'),
    0,
    'no stem unless written',
  );
  assert.match('Leagues and cities', formPattern('leagues and cities', 'en'));
});

test('a Chinese occurrence is counted once even when a longer and a shorter form both match there', () => {
  assert.equal(countChinese(hohhot, '呼和浩特市和呼和浩特'), 2);
  assert.equal(
    countChinese(term('qixian', '旗县（市、区）', 'x'), '各旗县（市、区）及旗县'),
    1,
    'only the full form with full-width brackets counts',
  );
});

test('the check finds an English twin that renders a term fewer times than the Chinese uses it', () => {
  const pair = (original: ReturnType<typeof text>, translation: ReturnType<typeof text>) => ({
    original,
    translation,
    locale: 'en' as const,
  });
  const pairs = [
    pair(text('p4-3', 'zh', '不能层层加码、一刀切'), text('p4-3', 'en', 'must not escalate measures level by level')),
    pair(
      text('p4-1', 'zh', '加强统筹协调。加大统筹协调力度'),
      text('p4-1', 'en', 'Strengthen overall coordination. Intensify coordination.'),
    ),
    pair(text('p4-2', 'zh', '统筹管控，统筹管理'), text('p4-2', 'en', 'in a coordinated way, and manage')),
  ];
  const found = findInconsistencies([cengceng, tongchou], pairs, 'zh');
  assert.deepEqual(
    found.map((f) => [f.filePath, f.term.rendering.zh, f.original, f.translation]),
    [
      ['src/content/policy/en/p4-3.mdx', '层层加码', 1, 0],
      ['src/content/policy/en/p4-2.mdx', '统筹', 2, 1],
    ],
  );
  assert.throws(
    () => checkConsistency([cengceng, tongchou], pairs, 'zh'),
    (error: Error) =>
      /en\/p4-3\.mdx \(p4-3\): the original uses 层层加码 \(glossary entry 'cengceng-jiama'\) 1 time\(s\)/.test(
        error.message,
      ) && /en\/p4-2\.mdx \(p4-2\): the original uses 统筹/.test(error.message),
  );
  assert.doesNotThrow(() => checkConsistency([cengceng, tongchou], pairs.slice(1, 2), 'zh'));
});

test('a glossary entry must accept its own rendering, and a Chinese form has one entry', () => {
  const file = (t: Term, name: string) => ({ ...t, filePath: `src/content/glossary/${name}.yaml` });
  assert.throws(
    () => checkEntries([file({ ...tongchou, forms: { ...tongchou.forms, en: ['co-ordinat*'] } }, 'tongchou')], 'zh'),
    /glossary\/tongchou\.yaml: 'en' is "coordinate" but its forms/,
  );
  assert.throws(
    () => checkEntries([file(hohhot, 'hohhot'), file(term('h2', '呼和浩特', 'Huhhot'), 'h2')], 'zh'),
    /h2\.yaml: 呼和浩特 is already the term of/,
  );
  assert.doesNotThrow(() => checkEntries([file(cengceng, 'a'), file(tongchou, 'b'), file(hohhot, 'c')], 'zh'));
});

test('occurrences are derived from the real Chinese items, in document order', () => {
  const items = readPolicyEntries()
    .filter((e) => e.locale === sourceLocale && e.data.kind === 'item')
    .map((e) => text(String(e.data.id), 'zh', `${e.data.heading}\n${e.body}`))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const found = occurrences(
    [cengceng, tongchou, hohhot, term('alxa', '阿拉善盟', 'Alxa League', { zhForms: ['阿拉善'] })],
    items,
    'zh',
  );
  assert.deepEqual(Object.fromEntries(found), {
    'cengceng-jiama': ['p4-3'],
    tongchou: ['p4-1', 'p4-2', 'p4-3'],
    hohhot: ['p4-3'],
    alxa: [],
  });
});
