/**
 * The rules every reader-facing text the site writes is held to (src/lib/wording/rules.ts): typographic quotes, the
 * house spelling, no rendering the glossary rejects, and the glossary's terms kept between languages that say the
 * same thing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  correspondenceFaults,
  styleFaults,
  variantFaults,
  wordingFaults,
  type Said,
} from '../../src/lib/wording/rules.ts';

const coordinate = {
  id: 'tongchou',
  rendering: { zh: '统筹', en: 'coordinate' },
  forms: { zh: ['统筹'], en: ['coordinate', 'coordinated management'] },
  variants: { en: ['balance', 'overall planning'] },
};
const liaison = {
  id: 'lianluoyuan',
  rendering: { zh: '联络员', en: 'liaison officer' },
  forms: { zh: ['联络员'], en: ['liaison officer*'] },
  variants: { en: ['liaison'] },
};
const messages = (faults: { message: string }[]) => faults.map((f) => f.message);

test('straight quotes and apostrophes are faults in every language, typographic ones are not', () => {
  assert.equal(styleFaults('x', 'The league’s “seat”', 'en').length, 0);
  assert.equal(styleFaults('x', '所在地的“集中连片区”', 'zh').length, 0);
  assert.match(
    messages(styleFaults('x', "The league's seat", 'en'))[0]!,
    /straight single quote in “The league's seat”/,
  );
  assert.match(messages(styleFaults('x', '说"所在地"', 'zh'))[0]!, /straight double quote/);
});

test('British spellings are faults in English, each with the American form and its ending; other words are not', () => {
  const found = messages(styleFaults('x', 'Firms organised labour at the centre; programmes were finalised.', 'en'));
  assert.deepEqual(
    found.map((m) => /write (.*)$/.exec(m)![1]),
    ['organized', 'labor', 'center', 'programs', 'finalized'],
  );
  // Words that end in -ise in American English too, and -is- words that are no verbs, pass.
  assert.deepEqual(
    styleFaults('x', 'Advise, revise, supervise, and comprise; analysis and emphasis; enterprises.', 'en'),
    [],
  );
  // Chinese has no word list.
  assert.deepEqual(styleFaults('x', 'labour', 'zh'), []);
});

test('a rejected rendering is a fault where it is used, not inside the rendering itself and not in quotes', () => {
  const said = (en: string): Said => ({ place: 'x', text: { en }, paired: false });
  assert.equal(variantFaults([liaison], said('Station liaison officers in key enterprises.')).length, 0);
  assert.equal(variantFaults([liaison], said('Not “liaison”, but liaison officers.')).length, 0);
  assert.match(
    messages(variantFaults([liaison], said('A system of assigned liaison.')))[0]!,
    /“liaison” is a rendering of 联络员 that the glossary rejects .*write “liaison officer”/,
  );
  assert.equal(variantFaults([coordinate], said('They sought a balance.')).length, 1);
});

test('where the languages say the same thing, a term the original uses is rendered, and no rendering is claimed', () => {
  const pair = (zh: string, en: string, about?: string): Said => ({
    place: 'x',
    text: { zh, en },
    paired: true,
    about,
  });
  assert.deepEqual(correspondenceFaults([coordinate], pair('统筹管理', 'coordinated management'), 'zh'), []);
  assert.match(
    messages(correspondenceFaults([coordinate], pair('统筹管理', 'managed as a whole'), 'zh'))[0]!,
    /the original says 统筹 .* does not say “coordinate”/,
  );
  assert.match(
    messages(correspondenceFaults([coordinate], pair('协调解决', 'coordinate and resolve'), 'zh'))[0]!,
    /says “coordinate”, the rendering of 统筹 .* the original does not say 统筹/,
  );
  // The original's own words in the translation name the term; quoted renderings are mentioned, not claimed,
  // and so is a rendering the original itself quotes (a revision's summary names the English it chose).
  assert.deepEqual(correspondenceFaults([coordinate], pair('统筹管理', '统筹 is managed as a whole'), 'zh'), []);
  assert.deepEqual(correspondenceFaults([coordinate], pair('协调解决', 'not “coordinate”'), 'zh'), []);
  assert.deepEqual(correspondenceFaults([coordinate], pair('改为 coordinate', 'now coordinate'), 'zh'), []);
  // A glossary note speaks of its own term in its own way.
  assert.deepEqual(correspondenceFaults([coordinate], pair('统筹是…', 'Planning as a whole', 'tongchou'), 'zh'), []);
  // Texts written separately in each language are not held to correspond.
  assert.deepEqual(correspondenceFaults([coordinate], { ...pair('统筹', 'whole'), paired: false }, 'zh'), []);
});

test('wordingFaults gathers every rule over every text, naming the place and language', () => {
  const faults = wordingFaults(
    [coordinate, liaison],
    [{ place: 'src/content/measures/m.yaml', text: { zh: '统筹', en: "organised liaison's" }, paired: true }],
    'zh',
  );
  assert.deepEqual(
    faults.map((f) => [f.place, f.locale]),
    Array(4).fill(['src/content/measures/m.yaml', 'en']),
  );
});
