import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cjkRuns, fold } from '../../src/lib/search/cjk.ts';
import { bigrams } from '../../bench/pagefind-index.ts';
import { stem } from '../../src/lib/search/stemming.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { FEW, prepareIndex, search, type SearchFilters, type SearchIndex } from '../../src/lib/search/engine.ts';
import { MIN_SHARE } from '../../src/lib/search/related.ts';
import { byLocale, sourceLocale, translations } from '../../src/i18n/locales.ts';
import { passageId } from '../../src/lib/document/ids.ts';
import {
  fromWire,
  readRecordsScript,
  recordIdOf,
  recordsScript,
  RECORDS_GLOBAL,
  type RecordSet,
  type SearchRecord,
  type Vocabulary,
} from '../../src/lib/search/records.ts';

const record = (id: string, heading: string, text: string, part = 3): SearchRecord => ({
  id,
  kind: 'policy',
  part,
  label: id,
  heading,
  text,
  path: `/zh/${passageId({ kind: 'part', part })}/#${id}`,
});
const vocabulary: Vocabulary = {
  same: [
    ['缺少劳动力', '缺工'],
    ['labor', 'labour', 'worker'],
    ['lockdown', 'closed management'],
  ],
  ignore: ['怎么办', 'how', 'can', 'the', 'of'],
};
const index = prepareIndex(
  [
    record('p3-4', '支持企业有序开复工', '成立推动企业复工复产专班，紧扣物流、用工、防护物资保障等重要环节。'),
    record('p3-3', '抓好疫情防控重点环节', '做好民生保障工作措施。'),
    record('p3-9', '对因缺少劳动力不能正常复工的企业', '防止短缺或价格大幅上涨。'),
    record('p4-2', '加强风险防范', '引导企业和社会积极应对风险。', 4),
    record('p4-4', '加强考核问责', '工作中表现突出的，工作作风不实的。', 4),
    record(
      'en-1',
      'Support enterprises in resuming work',
      'Set up a task force to promote the resumption of work. The force is a task. Labor shortages.',
    ),
    record('en-2', 'Closed management', 'Communities are no longer under closed management.'),
  ],
  vocabulary,
);
const ids = (query: string, filters: SearchFilters = {}, from: SearchIndex = index) =>
  search(from, query, filters).map((r) => r.record.id);
const exact = (query: string, filters: SearchFilters = {}) =>
  search(index, query, filters)
    .filter((r) => !r.related)
    .map((r) => r.record.id);
const related = (query: string) =>
  search(index, query)
    .filter((r) => r.related)
    .map((r) => r.record.id);

test('bigrams cut each CJK run into overlapping pairs, and only CJK', () => {
  assert.deepEqual(bigrams('复工复产'), ['复工', '工复', '复产']);
  assert.deepEqual(bigrams('稳 and 外贸'), ['稳', '外贸']);
  assert.deepEqual(cjkRuns('复工plan复产'), ['复工', '复产']);
});

test('fold keeps every position, so matches found in folded text mark the original', () => {
  for (const text of ['（四）Ａｂ ÉTÉ', '复工😀复产', 'İstanbul ﬁ', '𝐀']) assert.equal(fold(text).length, text.length);
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

test('a Chinese query as typed is an exact match, by substring, first the record that holds it most', () => {
  assert.deepEqual(exact('用工'), ['p3-4']);
  assert.deepEqual(exact('保障工作'), ['p3-3']);
  assert.deepEqual(exact('企'), ['p3-4', 'p3-9', 'p4-2']);
  assert.deepEqual(exact('复工 专班'), ['p3-4']); // space-separated pieces combine with AND
});

test('when few records hold the query as typed, records that hold its characters in another order follow, marked related', () => {
  // 缺少劳动力…短缺 holds every pair of 劳动力短缺 but the one across the two words (力短).
  assert.deepEqual(exact('劳动力短缺'), []);
  assert.deepEqual(related('劳动力短缺'), ['p3-9']);
  // 工作 and 作风, both in 工作作风; 工作 alone is two characters of three, enough for a short query.
  assert.deepEqual(related('工作风'), ['p4-4', 'p3-3']);
  const [hit] = search(index, '劳动力短缺');
  assert.equal(hit!.related, true);
  assert.ok(hit!.share >= MIN_SHARE && hit!.share < 1);
  assert.deepEqual(
    hit!.heading.filter((s) => s.mark).map((s) => s.text),
    ['劳动力'],
  );
});

test('a record that shares less than MIN_SHARE of the query, or nothing, is never shown', () => {
  assert.deepEqual(ids('疫苗接种'), []);
  assert.deepEqual(ids('复工 风险'), []); // each record holds one of the two words: half the query
  assert.deepEqual(ids('企业疫苗接种'), []); // 企业 alone is a third of it
  assert.deepEqual(ids('vaccination of workers'), []); // workers counts as labor, vaccination is nowhere
  assert.deepEqual(ids('tax refund'), []);
});

test('a word of the vocabulary counts where any word of its group occurs, and question words are not counted', () => {
  assert.deepEqual(related('企业缺工怎么办'), ['p3-9']); // 缺工 as 缺少劳动力; 怎么办 ignored
  assert.deepEqual(related('labour shortage'), ['en-1']);
  assert.deepEqual(related('how can the lockdown end'), []); // end is not held: half of lockdown, end
  assert.deepEqual(related('lockdown lifted communities'), ['en-2']);
  // Exact matches never use the vocabulary.
  assert.deepEqual(exact('labour'), []);
});

test('exact matches come first; related ones follow only when there are fewer than FEW exact ones', () => {
  const records = Array.from({ length: FEW }, (_, i) => record(`p3-${i + 1}`, '复工', ''));
  const many = prepareIndex([...records, record('p4-1', '复产复工', '')]);
  assert.deepEqual(ids('复工复产', {}, many), ['p4-1']); // related: 复工 and 复产
  assert.equal(
    search(many, '复工').every((r) => !r.related),
    true,
  );
  const mixed = search(index, 'resuming labour');
  assert.deepEqual(
    mixed.map((r) => [r.record.id, r.related]),
    [['en-1', true]],
  );
});

test('a query in the other language also finds that language’s passages, shown as this language’s record with the other’s match', () => {
  const english = prepareIndex([{ ...record('p3-4', '', ''), heading: '支持企业', text: '', path: '/en/p3/#p3-4' }]);
  const chinese = prepareIndex([record('p3-4', '支持企业有序开复工', '成立推动企业复工复产专班。')]);
  const [hit, ...rest] = search(english, '复工复产', {}, chinese);
  assert.equal(rest.length, 0);
  assert.equal(hit!.record.path, '/en/p3/#p3-4');
  assert.equal(hit!.across, true);
  assert.deepEqual(
    hit!.excerpt.filter((s) => s.mark).map((s) => s.text),
    ['复工复产'],
  );
  assert.deepEqual(hit!.heading, []); // the list draws the record's own heading
});

test('filters by part and by kind', () => {
  assert.deepEqual(exact('企', { part: 4 }), ['p4-2']);
  assert.deepEqual(ids('企', { kinds: ['glossary'] }), []);
});

test('excerpts come from the original text with every match marked', () => {
  const [hit] = search(index, '用工');
  assert.deepEqual(
    hit!.excerpt.filter((s) => s.mark).map((s) => s.text),
    ['用工'],
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

test('English is case-insensitive and stemmed; quotes make a phrase', () => {
  assert.deepEqual(exact('RESUME'), ['en-1']);
  assert.deepEqual(exact('"task force"'), ['en-1']);
  assert.deepEqual(exact('"force task"'), []);
  assert.deepEqual(exact('"force is"'), ['en-1']);
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
  assert.deepEqual(exact('「复工」'), ['p3-4', 'p3-9']);
  assert.deepEqual(exact('复工 work'), []); // mixed scripts: an exact match holds both
});

test('a record’s id is what its path names, through the id grammar, and passages are qualified by the document', () => {
  assert.equal(recordIdOf('policy', '/zh/p3/#p3-4', 'doc'), 'doc:p3-4');
  assert.equal(recordIdOf('policy', '/en/p3/', 'doc'), 'doc:p3');
  assert.equal(recordIdOf('policy', '/zh/#preamble', 'doc'), 'doc:preamble');
  assert.equal(recordIdOf('region', '/zh/regions/hohhot/', 'doc'), 'region-hohhot');
  assert.equal(recordIdOf('glossary', '/zh/glossary/#fugong-fuchan', 'doc'), 'term-fugong-fuchan');
  assert.equal(recordIdOf('measure', '/zh/regions/hohhot/#measure-hohhot-plan', 'doc'), 'measure-hohhot-plan');
});

test('a records script carries every record and reads back the same; a path that does not name its id is refused', () => {
  const document = 'nmg-covid-opinions-2020';
  const records: SearchRecord[] = [
    { id: `${document}:preamble`, kind: 'policy', label: '序言', heading: '', text: '近日。', path: '/zh/#preamble' },
    { ...record('p3-4', '支持企业有序开复工', '成立推动企业复工复产专班。'), id: `${document}:p3-4` },
    {
      id: 'measure-hohhot-plan',
      kind: 'measure',
      label: '呼和浩特市工业和信息化局',
      heading: '《方案》',
      text: '复工复产。',
      path: '/zh/regions/hohhot/#measure-hohhot-plan',
    },
    {
      id: 'region-hohhot',
      kind: 'region',
      label: 'Hohhot',
      heading: '呼和浩特市',
      text: '',
      path: '/zh/regions/hohhot/',
    },
    {
      id: 'term-fugong',
      kind: 'glossary',
      label: 'work resumption',
      heading: '复工',
      text: '',
      path: '/zh/glossary/#fugong',
    },
  ];
  const set: RecordSet = { locale: 'zh', document, vocabulary, records };
  const script = recordsScript('zh', 'more', set);
  assert.match(script, /^\(self\.policySearchRecords\|\|=\{\}\)\["zh\/more"\]=\{/);
  assert.deepEqual(readRecordsScript(script), set);
  const global: Record<string, Record<string, unknown>> = {};
  new Function('self', script)(global); // what the browser does with the file
  assert.deepEqual(fromWire(global[RECORDS_GLOBAL]!['zh/more'] as never), set);
  const wrong = (r: Partial<SearchRecord>) => () =>
    recordsScript('zh', 'more', { ...set, records: [{ ...records[1]!, ...r }] });
  assert.throws(wrong({ path: '/zh/p3/#p3-5' }), /names nmg-covid-opinions-2020:p3-5/);
  assert.throws(wrong({ id: `${document}:p3-x`, path: '/zh/p3/#p3-x' }), /names no policy/);
  assert.throws(() => recordsScript('en', 'records', { ...set, locale: 'en' }), /not under \/en\//);
});

test('the regression query set is what it claims, and its absent terms are truly absent from the policy text', async () => {
  const { readPolicyEntries } = await import('../support/content.ts');
  const { searchQueries } = await import('../../bench/search-expect.ts');
  const texts = byLocale((locale) =>
    readPolicyEntries()
      .filter((e) => e.locale === locale)
      .map((e) => fold(`${e.data.heading ?? ''}\n${e.body}`))
      .join('\n'),
  );
  const queries = searchQueries();
  const present = queries.filter((q) => q.locale === sourceLocale && q.type !== 'absent');
  assert.ok(present.filter((q) => q.type === 'word' && [...q.q].length === 2).length >= 40);
  assert.ok(present.filter((q) => [...q.q.replace(/\s/g, '')].length >= 4).length >= 20);
  assert.ok(present.length >= 60);
  assert.ok(queries.filter((q) => q.type === 'absent').length >= 10);
  for (const translation of translations)
    assert.ok(queries.filter((q) => q.locale === translation && q.type !== 'absent').length >= 25);
  for (const q of present)
    for (const piece of q.q.split(/\s+/))
      assert.ok(texts[sourceLocale].includes(fold(piece)), `${q.q} is not in the Chinese text`);
  for (const q of queries.filter((s) => s.type === 'absent'))
    assert.ok(!texts[q.locale].includes(fold(q.q)), `${q.q} is in the text`);
});

test('a query that names a league or city (呼和浩特) puts its page first, then the text, then local measures', () => {
  const named = prepareIndex([
    record('p4-3', '加强工作落实', '呼和浩特、包头、赤峰等盟市要加强对所在地集中连片区域的统筹管理和指导。', 4),
    {
      ...record('measure-a', '呼和浩特市复工复产工作方案', '呼和浩特市……'),
      kind: 'measure',
      path: '/zh/regions/hohhot/#a',
    },
    { ...record('region-hohhot', '呼和浩特市', ''), kind: 'region', path: '/zh/regions/hohhot/' },
  ]);
  assert.deepEqual(
    search(named, '呼和浩特').map((r) => r.record.id),
    ['region-hohhot', 'p4-3', 'measure-a'],
  );
  // A region's page holds only its names: a query about something else leaves the text first.
  assert.deepEqual(
    search(named, '复工复产').map((r) => r.record.id),
    ['measure-a'],
  );
});
