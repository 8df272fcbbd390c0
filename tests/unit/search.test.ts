import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigrams, cjkRuns, fold } from '../../src/lib/search/cjk.ts';
import { stem } from '../../src/lib/search/stemming.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { prepareIndex, search } from '../../src/lib/search/engine.ts';
import { fromWire, readRecordsScript, recordsScript, type SearchRecord } from '../../src/lib/search/records.ts';

const record = (id: string, heading: string, text: string, part = 3): SearchRecord => ({
  id,
  kind: 'policy',
  part,
  label: id,
  heading,
  text,
  path: `/zh/p${part}/#${id}`,
});
const index = prepareIndex([
  record('p3-4', '支持企业有序开复工', '成立推动企业复工复产专班，紧扣物流、用工、防护物资保障等重要环节。'),
  record('p3-3', '抓好疫情防控重点环节', '做好民生保障工作措施。'),
  record('p4-2', '加强风险防范', '引导企业和社会积极应对风险。', 4),
  record('p4-4', '加强考核问责', '工作中表现突出的，工作作风不实的。', 4),
  record(
    'en-1',
    'Support enterprises in resuming work',
    'Set up a task force to promote the resumption of work. The force is a task.',
  ),
]);
const ids = (query: string, filters = {}) => search(index, query, filters).map((r) => r.record.id);

test('bigrams cut each CJK run into overlapping pairs, and only CJK', () => {
  assert.deepEqual(bigrams('复工复产'), ['复工', '工复', '复产']);
  assert.deepEqual(bigrams('稳 and 外贸'), ['稳', '外贸']);
  assert.deepEqual(cjkRuns('复工plan复产'), ['复工', '复产']);
});

test('fold keeps every position, so matches found in folded text mark the original', () => {
  for (const text of ['（四）Ａｂ ÉTÉ', '复工😀复产', 'İstanbul ﬁ']) assert.equal(fold(text).length, text.length);
  assert.equal(fold('（四）ＲＥＳＵＭＥ'), '(四)resume');
});

test('the stemmer folds the forms a reader means, and keeps unrelated words apart', () => {
  for (const word of ['resume', 'resumed', 'resuming', 'resumption']) assert.equal(stem(word), 'resum');
  assert.equal(stem('enterprises'), stem('enterprise'));
  assert.equal(stem('coordination'), stem('coordinated'));
  assert.equal(stem('supplies'), stem('supply'));
  assert.notEqual(stem('labor'), stem('label'));
  assert.equal(stem('business'), 'business');
});

test('a Chinese query returns only records that contain it, first the one that does', () => {
  assert.deepEqual(ids('用工'), ['p3-4']);
  assert.deepEqual(ids('工作风'), []); // both bigrams 工作 and 作风 occur, the string does not: exact confirmation
  assert.deepEqual(ids('保障工作'), ['p3-3']);
  assert.deepEqual(ids('疫苗接种'), []);
});

test('space-separated pieces combine with AND; a single character ranks by occurrences', () => {
  assert.deepEqual(ids('复工 专班'), ['p3-4']);
  assert.deepEqual(ids('复工 风险'), []);
  assert.deepEqual(ids('企'), ['p3-4', 'p4-2']);
});

test('English is case-insensitive and stemmed; quotes make a phrase', () => {
  assert.deepEqual(ids('RESUME'), ['en-1']);
  assert.deepEqual(ids('"task force"'), ['en-1']);
  assert.deepEqual(ids('"force task"'), []);
  assert.deepEqual(ids('"force is"'), ['en-1']);
});

test('filters by part and by kind', () => {
  assert.deepEqual(ids('企', { part: 4 }), ['p4-2']);
  assert.deepEqual(ids('企', { kinds: ['glossary'] }), []);
});

test('excerpts come from the original text with every match marked', () => {
  const [hit] = search(index, '用工');
  assert.equal(
    hit!.excerpt
      .filter((s) => s.mark)
      .map((s) => s.text)
      .join('|'),
    '用工',
  );
  assert.ok(
    hit!.excerpt
      .map((s) => s.text)
      .join('')
      .includes('紧扣物流、用工、防护物资'),
  );
  const [en] = search(index, 'resume');
  assert.deepEqual(
    en!.heading.filter((s) => s.mark).map((s) => s.text),
    ['resuming'],
  );
  assert.deepEqual(
    en!.excerpt.filter((s) => s.mark).map((s) => s.text),
    ['resumption'],
  );
});

test('hostile input: no error, no terms from markup punctuation, nothing found that is not there', () => {
  const hostile = [
    '',
    '   ',
    'x'.repeat(2000),
    '复'.repeat(2000),
    '<img src=x onerror=alert(1)>',
    '😀🎉',
    '，。！？…——',
    '!!!',
    '复工 work',
    '"',
    '「复工」',
    '\u0000\u202e',
  ];
  for (const query of hostile) assert.doesNotThrow(() => search(index, query), query.slice(0, 20));
  assert.deepEqual(parseQuery('，。！？…——'), []);
  assert.deepEqual(parseQuery('😀🎉'), []);
  assert.deepEqual(ids('<img src=x onerror=alert(1)>'), []);
  assert.deepEqual(ids('复'.repeat(2000)), []);
  assert.deepEqual(ids('「复工」'), ['p3-4']);
  assert.deepEqual(ids('复工 work'), []); // mixed scripts: both must occur in one record
});

test('the query set is what the issue asks for, and its absent terms are truly absent from the text', async () => {
  const { readPolicyEntries } = await import('../support/content.ts');
  const { searchQueries } = await import('../../bench/search-expect.ts');
  const texts = (locale: string) =>
    readPolicyEntries()
      .filter((e) => e.locale === locale)
      .map((e) => fold(`${e.data.heading ?? ''}\n${e.body}`))
      .join('\n');
  const zh = texts('zh'),
    en = texts('en');
  const queries = searchQueries();
  const present = queries.filter((q) => q.locale === 'zh' && q.type !== 'absent');
  assert.ok(present.filter((q) => q.type === 'word' && [...q.q].length === 2).length >= 40);
  assert.ok(present.filter((q) => [...q.q.replace(/\s/g, '')].length >= 4).length >= 20);
  assert.ok(present.length >= 60);
  assert.ok(queries.filter((q) => q.type === 'absent').length >= 10);
  assert.ok(queries.filter((q) => q.locale === 'en' && q.type !== 'absent').length >= 25);
  for (const q of present)
    for (const piece of q.q.split(/\s+/)) assert.ok(zh.includes(fold(piece)), `${q.q} is not in the Chinese text`);
  for (const q of queries.filter((s) => s.type === 'absent'))
    assert.ok(!(q.locale === 'zh' ? zh : en).includes(fold(q.q)), `${q.q} is in the text`);
});

test('a records script carries every record and reads back the same; a path that does not name its id is refused', () => {
  const records: SearchRecord[] = [
    record('p3-4', '支持企业有序开复工', '成立推动企业复工复产专班。'),
    { id: 'p3', kind: 'policy', part: 3, label: '三、', heading: '工作措施', text: '', path: '/zh/p3/' },
    { id: 'preamble', kind: 'policy', label: '序言', heading: '', text: '近日。', path: '/zh/#preamble' },
    { id: 'region-hohhot', kind: 'region', label: '市', heading: '呼和浩特市', text: '', path: '/zh/regions/hohhot/' },
    {
      id: 'term-fugong',
      kind: 'glossary',
      label: 'work resumption',
      heading: '复工',
      text: '',
      path: '/zh/glossary/#fugong',
    },
  ];
  const script = recordsScript('zh', records);
  assert.match(script, /^\(self\.policySearchRecords\|\|=\{\}\)\.zh=\[/);
  assert.deepEqual(readRecordsScript('zh', script), records);
  const global: { policySearchRecords?: Record<string, unknown[]> } = {};
  new Function('self', script)(global); // what the browser does with the file
  assert.deepEqual(fromWire('zh', global.policySearchRecords!.zh!), records);
  assert.throws(() => recordsScript('zh', [{ ...records[0]!, path: '/zh/p3/#p3-5' }]), /names p3-5/);
  assert.throws(() => recordsScript('en', records), /not under \/en\//);
});
