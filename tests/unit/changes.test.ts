import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkChanges, latestRevision, newestFirst, type Change } from '../../src/lib/changes/log.ts';
import { atomFeed, tagUri } from '../../src/lib/changes/atom.ts';

const change = (id: string, time: string, items: string[]): Change => ({
  id,
  filePath: `src/content/changes/${id}.yaml`,
  date: id.slice(0, 10),
  time,
  items,
  summary: { zh: '改', en: 'changed' },
});
const ids = new Set(['title', 'preamble', 'p3', 'p3-4', 'p4-3']);

test('revisions read newest first, by day and then by time of day', () => {
  const log = [
    change('2026-11-28-a', '15:07', ['p4-3']),
    change('2026-12-01-c', '09:00', ['p3']),
    change('2026-11-28-b', '22:44', ['title']),
  ];
  assert.deepEqual(
    newestFirst(log).map((c) => c.id),
    ['2026-12-01-c', '2026-11-28-b', '2026-11-28-a'],
  );
  assert.equal(latestRevision(log, ['p4-3'])?.id, '2026-11-28-a');
  assert.equal(latestRevision(log, ['title', 'preamble'])?.id, '2026-11-28-b');
  assert.equal(latestRevision(log, ['p3-4']), undefined, 'a passage never revised has no revision');
});

test('a revision naming an unknown passage, or filed under another date, stops the build naming its file', () => {
  assert.doesNotThrow(() => checkChanges([change('2026-11-28-a', '15:07', ['p4-3', 'title'])], ids));
  assert.throws(
    () => checkChanges([change('2026-11-28-a', '15:07', ['p4-9'])], ids),
    /2026-11-28-a\.yaml: 'items' names p4-9/,
  );
  assert.throws(
    () => checkChanges([{ ...change('2026-11-28-a', '15:07', ['p3']), date: '2026-11-29' }], ids),
    /2026-11-28-a\.yaml: the file name must start with its date/,
  );
  assert.throws(() => checkChanges([change('2026-11-28-a', '15:07', ['p3', 'p3'])], ids), /names a passage twice/);
});

test('the feed escapes text, uses tag: ids, and writes xml:base only when the address is known', () => {
  const base = {
    lang: 'en',
    locale: 'en',
    title: 'R & D <x>',
    subtitle: 's',
    author: 'a',
    self: 'feed.xml',
    page: './index.html',
  };
  const entry = {
    change: change('2026-11-28-a', '15:07', ['p4-3']),
    title: 't',
    summary: '“a” < b & c',
    page: './index.html#2026-11-28-a',
    passages: [{ href: '../p4/index.html#p4-3', title: 'IV (3)' }],
  };
  const xml = atomFeed({ ...base, entries: [entry] });
  assert.match(xml, /<title>R &amp; D &lt;x&gt;<\/title>/);
  assert.match(xml, /<summary type="text">“a” &lt; b &amp; c<\/summary>/);
  assert.ok(xml.includes(`<id>${tagUri('en', '2026-11-28-a')}</id>`));
  assert.match(tagUri('en'), /^tag:[^,\s]+,2026-11-28:changes\/en$/);
  assert.match(xml, /<updated>2026-11-28T15:07:00Z<\/updated>/);
  assert.doesNotMatch(xml, /xml:base/);
  assert.match(
    atomFeed({ ...base, base: 'https://example.org/x/en/changes/feed.xml', entries: [] }),
    /xml:base="https:\/\/example\.org\/x\/en\/changes\/feed\.xml"/,
  );
});
