/** The schema.org Legislation record on /zh/ and /en/ (src/lib/document/legislation.ts), built from the document model. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, type PassageEntry } from '../../src/lib/document/model.ts';
import { legislationRecord, serializeRecord, type DocumentNames } from '../../src/lib/document/legislation.ts';
import { readPolicyEntries } from '../support/content.ts';
import { expectedIn } from '../support/site.ts';
import { langOf, locales } from '../../src/i18n/locales.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const entries: PassageEntry[] = readPolicyEntries();
const documents = { zh: buildDocument(entries, 'zh'), en: buildDocument(entries, 'en') };
const [id, entry] = Object.entries(parse(readFileSync('src/content/documents.yaml', 'utf8')))[0] as [
  string,
  Omit<DocumentNames, 'id'>,
];
const names: DocumentNames = { id, ...entry };
type Node = { identifier: string; legislationIdentifier: string; name?: string; url?: string; hasPart?: Node[] };
const record = (locale: 'zh' | 'en', n: DocumentNames = names) => legislationRecord(locale, documents, n);
const values = (v: { '@value': string; '@language': string }[]) =>
  Object.fromEntries(v.map((t) => [t['@language'], t['@value']]));

test('both home pages describe one Legislation: titles, type, issuer, jurisdiction, unofficial, no date', () => {
  for (const locale of locales) {
    const r = record(locale);
    assert.equal(r['@type'], 'Legislation');
    assert.deepEqual(values(r.name), { 'zh-CN': names.title.zh, en: names.title.en });
    assert.deepEqual(values(r.legislationType), { 'zh-CN': '意见', en: 'Opinions' });
    assert.equal(r.legislationPassedBy['@type'], 'Organization');
    assert.deepEqual(values(r.legislationPassedBy.name), { 'zh-CN': names.issuer.zh, en: names.issuer.en });
    assert.deepEqual(values(r.legislationJurisdiction.name), {
      'zh-CN': '内蒙古自治区',
      en: 'Inner Mongolia Autonomous Region',
    });
    assert.equal(r.legislationLegalValue, 'https://schema.org/UnofficialLegalValue');
    assert.equal(r.inLanguage, langOf(locale));
    // The source says only 近日 ("recently"): no date of any kind may appear.
    assert.doesNotMatch(JSON.stringify(r), /"(date\w*|legislationDate\w*|datePublished|dateCreated)"/);
  }
});

test('the twins point at each other: the English is a translation of the Chinese', () => {
  const [zhRecord, enRecord] = [record('zh'), record('en')];
  assert.ok('translationOfWork' in enRecord && !('workTranslation' in enRecord));
  assert.ok('workTranslation' in zhRecord && !('translationOfWork' in zhRecord));
  const original = (enRecord as { translationOfWork: { '@id': string; inLanguage: string } }).translationOfWork;
  const [translation] = (zhRecord as unknown as { workTranslation: { '@id': string; inLanguage: string }[] })
    .workTranslation;
  // Resolved against each page's own address, each twin reference is the other page's own @id.
  const base = 'https://example.org/any/path/';
  const node = (locale: string, id: string) => new URL(id, `${base}${locale}/`).href;
  assert.equal(node('en', original['@id']), node('zh', zhRecord['@id']));
  assert.equal(node('zh', translation!['@id']), node('en', enRecord['@id']));
  assert.equal(original.inLanguage, 'zh-CN');
  assert.equal(translation!.inLanguage, 'en');
});

test('hasPart lists every part and item of the document, with ids qualified by the document and the names readers cite (三（四） / III (4))', () => {
  for (const locale of locales) {
    const parts = record(locale).hasPart as Node[];
    const doc = documents[locale];
    assert.deepEqual(
      parts.map((p) => p.identifier),
      doc.parts.map((p) => `${names.id}:${p.passage.data.id}`),
    );
    for (const [i, part] of parts.entries())
      assert.deepEqual(
        (part.hasPart ?? []).map((item) => item.identifier),
        doc.parts[i]!.items.map((item) => `${names.id}:${item.data.id}`),
      );
    const p3 = parts.find((p) => p.identifier === `${names.id}:p3`)!;
    const p34 = p3.hasPart!.find((i) => i.identifier === `${names.id}:p3-4`)!;
    assert.equal(p3.legislationIdentifier, expectedIn(locale, { zh: '三', en: 'III' }));
    assert.equal(p34.legislationIdentifier, expectedIn(locale, { zh: '三（四）', en: 'III (4)' }));
    assert.equal(p34.name, doc.parts[2]!.items[3]!.data.heading);
    assert.equal(p34.url, 'p3/index.html#p3-4');
    // Part 二 is absent from the source: it is listed, but with no heading and no page.
    const p2 = parts.find((p) => p.identifier === `${names.id}:p2`)!;
    assert.equal(p2.legislationIdentifier, expectedIn(locale, { zh: '二', en: 'II' }));
    assert.ok(!('name' in p2) && !('url' in p2));
  }
});

test('every address in it is relative, apart from schema.org vocabulary', () => {
  const text = JSON.stringify([record('zh'), record('en')]);
  const absolute = [...text.matchAll(/"(\w+:\/\/[^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(absolute)].sort(), ['https://schema.org', 'https://schema.org/UnofficialLegalValue']);
});

test('a title or issuer that stops matching the type or jurisdiction fails the build, naming what to fix', () => {
  const renamed = { ...names, title: { ...names.title, en: 'Guidelines on the matter' } };
  assert.throws(() => record('zh', renamed), /documents\.yaml: '.+' title \(en\) does not name its genre "Opinions"/);
  const issuer = { ...names, issuer: { ...names.issuer, zh: '某领导小组' } };
  assert.throws(() => record('en', issuer), /issuer \(zh\) does not name its jurisdiction "内蒙古自治区"/);
});

test('serialized, nothing in the data can close the script element early', () => {
  const text = serializeRecord({ name: 'a</script><script>alert(1)</script>' });
  assert.ok(!text.includes('</'));
  assert.deepEqual(JSON.parse(text), { name: 'a</script><script>alert(1)</script>' });
});
