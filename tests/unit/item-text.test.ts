import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemParagraphs, plainText } from '../../src/lib/document/text.ts';
import { linkFirstOccurrences, type TermSegment as Segment } from '../../src/lib/glossary/links.ts';
import { citation } from '../../src/lib/document/naming.ts';
import { readPolicyEntries } from '../support/content.ts';
import { term } from '../support/glossary.ts';

const terms = [
  term('tongchou', '统筹', 'coordinate', { enMatch: ['coordinat*'] }),
  term('hohhot', '呼和浩特市', 'Hohhot', { zhForms: ['呼和浩特'] }),
  term('mengshi', '盟市', 'leagues and cities'),
];
const joined = (paragraphs: Segment[][]) =>
  paragraphs.map((p) => p.map((s) => (typeof s === 'string' ? s : s.text)).join(''));
const links = (paragraphs: Segment[][]) =>
  paragraphs
    .flat()
    .filter((s) => typeof s !== 'string')
    .map((s) => `${s.term.id}:${s.text}`);

test('each term links once, at its first occurrence, and the words read exactly as before', () => {
  const zh = ['呼和浩特、包头等盟市要强化统筹管理。', '其他盟市统筹指导。'];
  const linked = linkFirstOccurrences(zh, terms, 'zh');
  assert.deepEqual(joined(linked), zh);
  assert.deepEqual(links(linked), ['hohhot:呼和浩特', 'mengshi:盟市', 'tongchou:统筹']);
  const en = ['Hohhot and other leagues and cities shall strengthen coordinated management; coordination.'];
  assert.deepEqual(links(linkFirstOccurrences(en, terms, 'en')), [
    'hohhot:Hohhot',
    'mengshi:leagues and cities',
    'tongchou:coordinated',
  ]);
});

test('at one place the longer form wins, and overlapping terms never nest', () => {
  const linked = linkFirstOccurrences(['呼和浩特市盟市'], [...terms, term('shi', '市盟', 'x')], 'zh');
  assert.deepEqual(links(linked), ['hohhot:呼和浩特市', 'mengshi:盟市']);
});

test('every real item body is plain paragraphs, which join back to the body', () => {
  for (const entry of readPolicyEntries().filter((e) => e.data.kind === 'item' && e.body)) {
    const paragraphs = itemParagraphs(entry.body, entry.file);
    assert.equal(paragraphs.join('\n\n'), entry.body.replace(/\n{3,}/g, '\n\n'), entry.file);
  }
});

test('markup in an item body is refused, naming the file', () => {
  for (const bad of [
    'a *stressed* word',
    'a <Region /> tag',
    'a "straight" quote',
    '# heading',
    '- list item',
    'a {expression}',
  ]) {
    assert.throws(
      () => itemParagraphs(bad, 'src/content/policy/en/p3-4.mdx'),
      /^Error: src\/content\/policy\/en\/p3-4\.mdx: item text must be plain paragraphs/,
      bad,
    );
  }
});

test('plain text drops emphasis markers only', () => {
  assert.equal(
    plainText('issued the *Opinions on X*. The *Opinions*:\n\nNext'),
    'issued the Opinions on X. The Opinions:\n\nNext',
  );
});

test('an item is cited by title and place, in each language', () => {
  const p34 = { kind: 'item' as const, part: 3, item: 4 };
  assert.equal(
    citation(p34, '关于实行分类指导精准施策统筹做好疫情防控与经济社会发展工作的意见', 'zh'),
    '《关于实行分类指导精准施策统筹做好疫情防控与经济社会发展工作的意见》三（四）',
  );
  assert.equal(
    citation(
      p34,
      'Opinions on Providing Category-Based Guidance and Taking Targeted Measures to Coordinate Epidemic Prevention and Control with Economic and Social Development',
      'en',
    ),
    'Opinions on Providing Category-Based Guidance and Taking Targeted Measures to Coordinate Epidemic Prevention and Control with Economic and Social Development, Part III, Item (4)',
  );
});
