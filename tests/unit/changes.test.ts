import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkChanges,
  instant,
  latestRevision,
  newestFirst,
  passagesOf,
  type Change,
} from '../../src/lib/changes/log.ts';
import { checkRecords, type CurrentUnit, type UnitRecord } from '../../src/lib/changes/records.ts';
import { atomFeed, feedId } from '../../src/lib/changes/atom.ts';
import { changedPairs, wordDiff } from '../../src/lib/changes/diff.ts';
import { passageOfAnchor } from '../../src/lib/document/ids.ts';

const record = (unit: string, now: string, was?: string): UnitRecord => ({
  unit,
  in: 'en',
  now,
  ...(was !== undefined && { was }),
});
const change = (id: string, time: string, records: UnitRecord[]): Change => ({
  id,
  filePath: `src/content/changes/${id}.yaml`,
  date: id.slice(0, 10),
  time,
  title: { zh: '题', en: 'title' },
  summary: { zh: '改', en: 'changed' },
  records,
});
const revisions = (log: Change[]) =>
  log.map((c) => ({ filePath: c.filePath, instant: instant(c), records: c.records }));
const current = (units: Record<string, string>) =>
  new Map([
    [
      'en' as const,
      new Map(
        Object.entries(units).map(([unit, text]): [string, CurrentUnit] => [
          unit,
          { text, file: `src/content/policy/en/${passageOfAnchor(unit) ?? unit}.mdx`, name: unit },
        ]),
      ),
    ],
  ]);

const first = change('2026-11-28-first', '14:54', [
  record('title', 'T1'),
  record('p4-3', 'H'),
  record('p4-3-3', 'within'),
]);
const second = change('2026-12-06-second', '06:43', [record('p4-3-3', 'at their seats', 'within')]);

test('revisions read newest first; the passages a revision touched come from its records', () => {
  const third = change('2026-11-28-third', '22:44', [record('title', 'T2', 'T1')]);
  assert.deepEqual(
    newestFirst([first, second, third]).map((c) => c.id),
    ['2026-12-06-second', '2026-11-28-third', '2026-11-28-first'],
  );
  assert.deepEqual(passagesOf(first), ['title', 'p4-3']);
  assert.equal(latestRevision([first, second, third], ['p4-3'])?.id, '2026-12-06-second');
  assert.equal(latestRevision([first, second, third], ['title'])?.id, '2026-11-28-third');
  assert.equal(latestRevision([first], ['p4-3']), undefined, 'first publication is no revision');
});

test('a revision filed under another date, or recording a unit twice, stops the build naming its file', () => {
  assert.doesNotThrow(() => checkChanges([first, second]));
  assert.throws(
    () => checkChanges([{ ...second, date: '2026-12-07' }]),
    /2026-12-06-second\.yaml: the file name must start/,
  );
  assert.throws(
    () => checkChanges([change('2026-12-06-x', '10:00', [record('p4-3-3', 'a', 'b'), record('p4-3-3', 'c', 'a')])]),
    /records en\/p4-3-3 twice/,
  );
});

test('every unit is held to its latest record: an edit without a record stops the build, naming the unit', () => {
  const units = { title: 'T1', 'p4-3': 'H', 'p4-3-3': 'at their seats' };
  assert.doesNotThrow(() => checkRecords(revisions([first, second]), current(units)));
  // One word edited, no revision recorded.
  assert.throws(
    () => checkRecords(revisions([first, second]), current({ ...units, 'p4-3-3': 'at their seat' })),
    /src\/content\/policy\/en\/p4-3\.mdx: p4-3-3 \(p4-3-3\) reads “at their seat”, but the revision log last recorded it as “at their seats” \(src\/content\/changes\/2026-12-06-second\.yaml\)\. Record the change/,
  );
  // A record that does not start from what the one before left.
  const wrong = change('2026-12-06-second', '06:43', [record('p4-3-3', 'at their seats', 'in them')]);
  assert.throws(
    () => checkRecords(revisions([first, wrong]), current(units)),
    /2026-12-06-second\.yaml: the record of 'p4-3-3' \(en\) says it was “in them”, but the revision before it .* left it as “within”/,
  );
  // A first record that claims an earlier wording.
  assert.throws(
    () =>
      checkRecords(
        revisions([change('2026-11-28-first', '14:54', [record('title', 'T1', 'T0')])]),
        current({ title: 'T1' }),
      ),
    /has 'was', but no earlier revision records that unit/,
  );
  // A unit the translation does not have.
  assert.throws(
    () =>
      checkRecords(revisions([first, change('2026-12-06-x', '07:00', [record('p9-1-1', 'x', 'y')])]), current(units)),
    /2026-12-06-x\.yaml: a record names 'p9-1-1' in 'en', which that translation does not have/,
  );
});

test('every unit the log never recorded is named in one error, each as a record ready to paste, with the file to put it in', () => {
  const units = { title: 'T1', 'p4-3': 'H', 'p4-3-3': 'at their seats', 'p4-3-4': 'Say “now”.', 'p4-3-5': 'Last.' };
  let message = '';
  assert.throws(
    () => checkRecords(revisions([first, second]), current(units)),
    (error: Error) => ((message = error.message), true),
  );
  assert.match(message, /In 'en', 2 unit\(s\) have no record in the revision log/);
  assert.match(
    message,
    /to the 'records' of src\/content\/changes\/2026-11-28-first\.yaml if they were there at first/,
  );
  for (const [unit, now] of [
    ['p4-3-4', '"Say “now”."'],
    ['p4-3-5', '"Last."'],
  ])
    assert.ok(
      message.includes(`  - unit: ${unit}\n    in: en\n    now: ${now}`),
      `a block for ${unit} in:\n${message}`,
    );
  assert.doesNotMatch(message, /was:/, "a unit's first record has no 'was'");
  // A language with no revision at all is told to add its first publication.
  assert.throws(
    () => checkRecords([], current({ title: 'T1' })),
    /add a first-publication revision, src\/content\/changes\/\{YYYY-MM-DD\}-first-publication-en\.yaml.*\n {2}# .*\n {2}- unit: title\n {4}in: en\n {4}now: "T1"/,
  );
});

test('a word diff marks what was taken out and put in, and the feed names the changed stretches', () => {
  const parts = wordDiff('the areas within their jurisdictions, while', 'the areas at their seats, while', 'en');
  assert.equal(
    parts
      .filter((p) => !p.added)
      .map((p) => p.text)
      .join(''),
    'the areas within their jurisdictions, while',
  );
  assert.equal(
    parts
      .filter((p) => !p.removed)
      .map((p) => p.text)
      .join(''),
    'the areas at their seats, while',
  );
  assert.deepEqual(changedPairs(parts), [{ was: 'within their jurisdictions', now: 'at their seats' }]);
  // In a language written without spaces, character by character.
  assert.deepEqual(changedPairs(wordDiff('所在地集中', '所在区集中', 'zh')), [{ was: '地', now: '区' }]);
});

test('the feed escapes text, has ids no mirror can change, and writes xml:base only when the address is known', () => {
  const base = {
    lang: 'en',
    document: 'doc',
    locale: 'en',
    title: 'R & D <x>',
    subtitle: 's',
    author: 'a',
    self: 'feed.xml',
    page: './index.html',
  };
  const entry = {
    change: second,
    title: 'IV (3): the scope',
    summary: '“a” < b & c',
    page: './index.html#2026-12-06-second',
    passages: [{ href: '../p4/index.html#p4-3', title: 'IV (3)' }],
  };
  const xml = atomFeed({ ...base, entries: [entry] });
  assert.match(xml, /<title>R &amp; D &lt;x&gt;<\/title>/);
  assert.match(xml, /<title>IV \(3\): the scope<\/title>/);
  assert.match(xml, /<summary type="text">“a” &lt; b &amp; c<\/summary>/);
  const id = feedId(base, second.id);
  assert.ok(xml.includes(`<id>${id}</id>`));
  assert.match(id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(feedId(base, second.id), id, 'the same entry always has the same id');
  assert.notEqual(feedId({ ...base, locale: 'zh' }, second.id), id, 'each language’s entry has its own');
  assert.notEqual(feedId(base), id);
  assert.match(xml, /<updated>2026-12-06T06:43:00Z<\/updated>/);
  assert.doesNotMatch(xml, /xml:base/);
  assert.match(
    atomFeed({ ...base, base: 'https://example.org/x/en/changes/feed.xml', entries: [] }),
    /xml:base="https:\/\/example\.org\/x\/en\/changes\/feed\.xml"/,
  );
});
