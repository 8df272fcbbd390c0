/** A passage's text as pages show it: plain paragraphs, sentences, term links, note marks, and how places are named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passageParagraphs, plainText } from '../../src/lib/document/text.ts';
import { passageView, type ParagraphView, type SentenceView } from '../../src/lib/document/render.ts';
import { textUnits } from '../../src/lib/document/model.ts';
import { citation, citedPlace, sentenceName } from '../../src/lib/document/naming.ts';
import { passageIn, readPolicyEntries } from '../support/content.ts';
import { isSource, locales, sourceLocale, type Locale } from '../../src/i18n/locales.ts';
import { term } from '../support/glossary.ts';

const entries = readPolicyEntries();
const find = (locale: Locale, id: string) => passageIn(entries, locale, id);
const terms = [
  term('tongchou', '统筹', 'coordinate', { enMatch: ['coordinated management', 'overall coordination'] }),
  term('jingzhun', '精准施策', 'targeted measures'),
  term('hohhot', '呼和浩特市', 'Hohhot', { zhForms: ['呼和浩特'] }),
  term('mengshi', '盟市', 'leagues and cities'),
];
const sentencesOf = (view: ParagraphView[]) => view.flat().filter((p): p is SentenceView => typeof p !== 'string');
const textOf = (view: ParagraphView[]) =>
  view.map((p) =>
    p.map((part) => (typeof part === 'string' ? part : part.pieces.map((x) => x.text).join(''))).join(''),
  );
const links = (view: ParagraphView[]) =>
  sentencesOf(view).flatMap((s) => s.pieces.filter((p) => p.term).map((p) => `${s.unit}:${p.term!.id}:${p.text}`));

test('every real passage is plain paragraphs, which read exactly as the file’s text', () => {
  for (const entry of entries.filter((e) => e.body)) {
    const joined = entry.text.paragraphs.map((p) => p.text).join('\n\n');
    assert.equal(joined, entry.body.replace(/\*/g, '').replace(/\n{3,}/g, '\n\n'), entry.filePath);
  }
});

test('anything beyond paragraphs of text is refused, naming the file; italics only where a title may stand', () => {
  for (const bad of ['a *stressed* word', 'a <Region /> tag', '# heading', '- list item', 'a {expression}', '[a](b)'])
    assert.throws(
      () => passageParagraphs(bad, 'src/content/policy/en/p3-4.mdx'),
      /^Error: src\/content\/policy\/en\/p3-4\.mdx(:\d+)?: the text must be plain paragraphs/,
      bad,
    );
  const preamble = passageParagraphs('issued the *Opinions on X*. The *Opinions*:\n\nNext', 'f', true);
  assert.equal(plainText(preamble), 'issued the Opinions on X. The Opinions:\n\nNext');
  assert.deepEqual(preamble[0]!.italics, [
    [11, 24],
    [30, 38],
  ]);
});

test('each sentence carries its anchor, and the words read exactly as the text', () => {
  for (const locale of locales) {
    const p43 = find(locale, 'p4-3');
    const view = passageView(
      p43,
      terms,
      isSource(locale) ? undefined : { units: textUnits(find(sourceLocale, 'p4-3')), locale: sourceLocale },
    );
    assert.deepEqual(
      textOf(view),
      p43.text.paragraphs.map((p) => p.text),
    );
    assert.deepEqual(
      sentencesOf(view).map((s) => s.id),
      ['p4-3-1', 'p4-3-2', 'p4-3-3'],
    );
  }
});

test('a term links once, at its first occurrence, and a translation links it only where its original has it', () => {
  const zh = passageView(find('zh', 'p4-3'), terms);
  assert.deepEqual(links(zh), ['p4-3-2:mengshi:盟市', 'p4-3-3:hohhot:呼和浩特', 'p4-3-3:tongchou:统筹']);
  const en = passageView(find('en', 'p4-3'), terms, { units: textUnits(find('zh', 'p4-3')), locale: 'zh' });
  assert.deepEqual(links(en), [
    'p4-3-2:mengshi:leagues and cities',
    'p4-3-3:hohhot:Hohhot',
    'p4-3-3:tongchou:coordinated management',
  ]);
  // The English of III (4) once said "targeted measures" where the Chinese says 针对性措施, not 精准施策: such words
  // are never linked, since the original sentence lacks the term.
  const p34 = find('en', 'p3-4');
  const claimed = {
    ...p34,
    text: {
      ...p34.text,
      paragraphs: p34.text.paragraphs.map((p) => ({
        ...p,
        text: p.text.replace('measures closely tailored to', 'targeted measures for'),
      })),
    },
  };
  claimed.text.sentences = claimed.text.sentences.map((s) => ({
    ...s,
    text: s.text.replace('measures closely tailored to', 'targeted measures for'),
    end: s.end + (s.n === 1 ? 'targeted measures for'.length - 'measures closely tailored to'.length : 0),
  }));
  assert.deepEqual(
    links(passageView(claimed, terms, { units: textUnits(find('zh', 'p3-4')), locale: 'zh' })).filter((l) =>
      l.includes('jingzhun'),
    ),
    [],
  );
});

test('a translator’s note marks the words it is about', () => {
  const view = passageView(find('en', 'p4-3'), [], { units: textUnits(find('zh', 'p4-3')), locale: 'zh' });
  const third = sentencesOf(view).find((s) => s.id === 'p4-3-3')!;
  const at = third.pieces.findIndex((p) => p.note === 1);
  assert.ok(at > 0, 'the note is marked');
  assert.ok(third.pieces[at - 1]!.text.endsWith('at their seats'), 'after the words it is about');
});

test('an item and a sentence are cited by title and place, in each language', () => {
  const p43 = { kind: 'item' as const, part: 4, item: 3 };
  assert.equal(citation(p43, '关于…的意见', 'zh'), '《关于…的意见》四（三）');
  assert.equal(citation(p43, 'Opinions on …', 'en'), 'Opinions on …, Part IV, Item (3)');
  assert.equal(sentenceName(citedPlace(p43, 'zh'), 2, 'zh'), '四（三）第二句');
  assert.equal(sentenceName(citedPlace(p43, 'en'), 2, 'en'), 'Part IV, Item (3), second sentence');
});
