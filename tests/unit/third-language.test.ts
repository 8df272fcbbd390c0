/**
 * A third language is one entry in the locale table, a strings file and content: this builds a copy of the project
 * with Mongolian (mn) added that way (its text a copy of the English, since only the machinery is under test; its
 * labels, punctuation and interface strings its own), with no other change under src/, and proves that every page
 * kind, the language switch and search work for it, in its own way of writing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildFixture, removeFixture } from '../../build/fixture.ts';
import { readRecordsScript } from '../../src/lib/search/records.ts';
import { prepareIndex, search } from '../../src/lib/search/engine.ts';
import { sourceLocale, translations } from '../../src/i18n/locales.ts';

/** The language the Mongolian fixture copies its values from: the table's first translation (English). */
const model = translations[0]!;

const LOCALES = 'src/i18n/locales.ts';
const table = readFileSync(LOCALES, 'utf8');
/**
 * The table entry: Mongolian in Cyrillic, written with spaces, with values of its own wherever the site writes
 * something (numerals, labels, references, citations, ranges, parentheses, title marks), so that a page showing
 * English's or Chinese's in their place fails. Its text is a copy of the English, so it splits sentences as the English
 * does.
 */
const withMongolian = table.replace(
  'export const LOCALES = { zh, en }',
  `const mn = {
  lang: 'mn',
  dir: 'ltr',
  autonym: 'Монгол',
  englishName: 'Mongolian',
  intl: 'mn',
  collation: 'mn',
  numerals: { part: 'arabic', item: 'arabic' },
  label: { part: '{n}-р хэсэг.', item: '{n})' },
  reference: '{part}.{item}',
  cite: { part: '{part}-р хэсэг', item: '{part}-р хэсгийн {item}-р зүйл' },
  sentence: { template: '{ref}, {n}-р өгүүлбэр', numeral: 'arabic' },
  range: '{from} — {to}',
  gap: ' ',
  fullStop: '.',
  parentheses: [' [', ']'],
  titleMarks: ['«', '»'],
  sentenceEnds: en.sentenceEnds,
  abbreviations: en.abbreviations,
  unspaced: false,
  script: 'А-Яа-яЁёӨөҮү',
  stems: false,
} satisfies LocaleSpec;

export const LOCALES = { zh, en, mn }`,
);

/** Every interface string of the Mongolian, marked as its own: the English's with this before it. */
const MN = 'МН·';
const mnStrings = (value: unknown): unknown =>
  typeof value === 'string'
    ? MN + value
    : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, mnStrings(v)]));

/** Every per-language value gets a Mongolian one (the English), and every record of the English a Mongolian twin. */
function addMongolian(value: unknown): unknown {
  if (Array.isArray(value))
    return value.flatMap((v) => {
      const out = addMongolian(v);
      const record = v as { in?: string };
      return record && typeof record === 'object' && record.in === model
        ? [out, { ...(out as object), in: 'mn' }]
        : [out];
    });
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, addMongolian(v)] as const);
  const keys = entries.map(([k]) => k);
  // A value per language: a map of languages ({ zh, en }, { en }), or an entry keyed by them (a glossary term).
  const perLanguage = keys.includes(model) && (keys.includes(sourceLocale) || keys.every((k) => k === model));
  return Object.fromEntries(
    perLanguage ? [...entries, ['mn', structuredClone(entries.find(([k]) => k === model)![1])]] : entries,
  );
}

function content(): Record<string, string> {
  const files: Record<string, string> = { [LOCALES]: withMongolian };
  files['src/i18n/strings/mn.json'] = JSON.stringify(
    mnStrings(JSON.parse(readFileSync('src/i18n/strings/en.json', 'utf8'))),
  );
  files['src/content/about/mn.mdx'] = readFileSync('src/content/about/en.mdx', 'utf8');
  // Front matter holds values per language too (translator's notes).
  const withFrontMatter = (file: string) =>
    readFileSync(file, 'utf8').replace(/^---\n([\s\S]*?)---\n/, (_all, yaml: string) =>
      yaml.trim() ? `---\n${stringify(addMongolian(parse(yaml)))}---\n` : _all,
    );
  for (const name of readdirSync('src/content/policy/en')) {
    files[`src/content/policy/en/${name}`] = withFrontMatter(`src/content/policy/en/${name}`);
    files[`src/content/policy/mn/${name}`] = files[`src/content/policy/en/${name}`]!;
  }
  const yamls = ['src/content/documents.yaml', 'src/content/regions.yaml'];
  for (const folder of ['glossary', 'measures', 'changes'])
    for (const name of readdirSync(`src/content/${folder}`)) yamls.push(`src/content/${folder}/${name}`);
  for (const file of yamls) files[file] = stringify(addMongolian(parse(readFileSync(file, 'utf8'))));
  return files;
}

test('a third language, added as a table entry, its strings and its content, gets every page, the switch and search', () => {
  const result = buildFixture(content(), { keep: true });
  try {
    assert.equal(result.ok, true, result.output);
    const page = (path: string) => readFileSync(join(result.dist, path), 'utf8');
    // Only the table changed under src/ (besides the language's own strings and content).
    assert.notEqual(withMongolian, table);
    for (const kind of [
      'index.html',
      'p3/index.html',
      'p4/bilingual/index.html',
      'full/index.html',
      'glossary/index.html',
      'regions/index.html',
      'regions/wuhai/index.html',
      'changes/index.html',
      'search/index.html',
      'about/index.html',
    ]) {
      const html = page(`mn/${kind}`);
      // Set as a language written with spaces, like English (the stylesheet selects on data-unspaced, never on lang).
      assert.match(html, /<html lang="mn" dir="ltr"(?! data-unspaced)[ >]/, `mn/${kind}`);
      // Each page switches to both other languages, keeping the page.
      assert.match(html, /hreflang="zh-CN"[^>]*data-lang-switch/, `mn/${kind}: switch to 中文`);
      assert.match(html, /hreflang="en"[^>]*data-lang-switch/, `mn/${kind}: switch to English`);
    }
    assert.ok(existsSync(join(result.dist, 'mn/changes/feed.xml')));
    // The Mongolian writes as its table entry says, not as the English: its part and item labels, its range of
    // heading-only items, its interface strings.
    const part = page('mn/p3/index.html');
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(part)![1]!.replace(/<[^>]+>/g, '');
    assert.match(title, /^\s*3-р хэсэг\.\s+Measures\s*$/, `mn/p3: the part's label and heading: ${title}`);
    assert.match(part, /id="p3-4"[^>]*>[\s\S]{0,400}?4\)/, 'mn/p3: item (4) labelled 4)');
    assert.match(part, /5\) — 11\)/, 'mn/p3: the heading-only items as a Mongolian range');
    assert.doesNotMatch(part, /\bIII\.|\(4\) |\(5\)–\(11\)/, 'mn/p3: no English label or range');
    assert.match(part, />МН·Contents</, "mn/p3: the Mongolian's strings");
    // The English pages offer the new language too, by its own name.
    assert.match(
      page('en/p3/index.html'),
      /href="\.\.\/\.\.\/mn\/p3\/index\.html" hreflang="mn" lang="mn"[^>]*>Монгол</,
    );
    // The side-by-side page sets the original beside the Mongolian, sentence by sentence.
    assert.match(page('mn/p4/bilingual/index.html'), /<p class="s-half" lang="mn">/);
    assert.match(page('zh/p3/index.html'), /<html lang="zh-CN" dir="ltr" data-unspaced="true"[ >]/);
    assert.match(page('index.html'), /lang="mn"/);
    // Search: the language's own records find a word of its text.
    const set = readRecordsScript(page('mn/search/records.js'));
    assert.equal(set.locale, 'mn');
    const hits = search(prepareIndex(set.records, set.vocabulary), 'resumption').map((r) => r.record.id);
    assert.ok(
      hits.some((id) => id.endsWith('p3-4')),
      hits.join(),
    );
    // The data carries it.
    const data = JSON.parse(page('data/policy.json'));
    assert.equal(
      data.items.find((i: { id: string }) => i.id === 'p4-3').sentences[2].text.mn.startsWith('Leagues'),
      true,
    );
  } finally {
    removeFixture(result.root);
  }
});

test('the fixture copies nothing under src/ but the table, strings and content', () => {
  const changed = Object.keys(content()).filter((f) => f.startsWith('src/'));
  for (const file of changed) assert.match(file, /^src\/(i18n\/locales\.ts|i18n\/strings\/mn\.json|content\/)/, file);
});
