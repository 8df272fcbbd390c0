/**
 * `npm run build` is the gate: each kind of bad content stops it with a message naming the file (and line or field)
 * and what to do, and the published dist/ (proved by its SHA256SUMS) stays exactly as it was. Each case is first put
 * alone into a copy of the content and must be named by the gate the build runs first (fast); then real builds prove
 * that the build stops on them: one build with every gate case at once (the gate collects its faults), one with the
 * cases that hide others, and one per kind of fault found later in the build (a schema's field rule, a reference to
 * a missing entry, a feed that would not be well-formed XML). The many spellings of each kind are tested on the
 * rules themselves in content-markup.test.ts and content-fields.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildFixture, removeFixture } from '../../build/fixture.ts';
import { verifySums } from '../../build/checksums.ts';
import { contentFaults, MAX_BYTES } from '../../src/lib/gates/content-gate.ts';

type Files = Record<string, string | Uint8Array | null>;
const PREVIOUS = '<!doctype html><title>the published build</title>';
const SUMS = `${createHash('sha256').update(PREVIOUS).digest('hex')}  index.html\n`;
const read = (path: string) => readFileSync(path, 'utf8');
/** A project file with `find` replaced by `put` (which must change it). */
function edit(path: string, find: string | RegExp, put: string): Files {
  const before = read(path);
  const after = before.replace(find, put);
  assert.notEqual(after, before, `${path}: ${find} not found`);
  return { [path]: after };
}
const append = (path: string, text: string) => ({ [path]: `${read(path)}\n${text}\n` });
const measure = (date: string) => `region: hohhot\ndate: ${date}\nitems: [p4-3]\n`;
const change = 'src/content/changes/2026-11-28-first-review.yaml';

const GOOD_START = read('src/content/glossary/tongchou.yaml').split('\n').slice(0, 1).join('\n') + '\nzh: "呼和';
/** [what, files, the message the gate must give, a message it must not give]. */
const CASES: [string, Files, RegExp, RegExp?][] = [
  [
    'a Chinese item whose text differs from the source by one character',
    edit('src/content/policy/zh/p3-4.mdx', '成立推动企业', '成立推进企业'),
    /src\/content\/policy\/zh\/p3-4\.mdx: the text differs from the source at character \d+: the source has ".*推动.*", the file has ".*推进.*"\. The zh text is the source verbatim/,
  ],
  [
    'a Chinese heading that differs from the source',
    edit('src/content/policy/zh/p3.mdx', '工作措施', '工作举措'),
    /src\/content\/policy\/zh\/p3\.mdx: the heading differs from the source at character 3/,
  ],
  [
    'Chinese text the source does not have',
    edit('src/content/policy/zh/p2.mdx', /---\n$/, '---\n\n补写的政策文字。\n'),
    /src\/content\/policy\/zh\/p2\.mdx: the source has no part 2, so this entry may have no heading and no text/,
  ],
  [
    'an English heading for the part the source lacks',
    { 'src/content/policy/en/p2.mdx': '---\nheading: "Strengthening Publicity"\n---\n' },
    /src\/content\/policy\/en\/p2\.mdx: the source lacks this part, so its translation has no 'heading'\. Remove it/,
  ],
  [
    'English text for an item the source gives as a heading only',
    append('src/content/policy/en/p3-2.mdx', 'Divide the region into zones by risk.'),
    /src\/content\/policy\/en\/p3-2\.mdx: the source gives this item as a heading only, so its translation has no text\. Remove the text/,
  ],
  [
    'a translation without its heading, or its text',
    {
      ...edit('src/content/policy/en/p4-1.mdx', /^heading: .*\n/m, ''),
      ...edit('src/content/policy/en/p4-2.mdx', /\n---\n[^]*$/, '\n---\n'),
    },
    /src\/content\/policy\/en\/p4-1\.mdx: missing 'heading'; the source gives this item's heading and text: translate the heading\.[^]*src\/content\/policy\/en\/p4-2\.mdx: the text is missing; the source gives this item's heading and text: translate the text/,
  ],
  [
    'a missing translation',
    { 'src/content/policy/en/p3-7.mdx': null },
    /src\/content\/policy\/en\/p3-7\.mdx: missing\. The source has this passage; add the entry, translated\./,
  ],
  [
    'an item the source lacks, in any language, and a file name that is no passage id',
    {
      'src/content/policy/zh/p3-12.mdx': read('src/content/policy/zh/p3-11.mdx'),
      'src/content/policy/en/p3-12.mdx': read('src/content/policy/en/p3-11.mdx'),
      'src/content/policy/en/p3-4b.mdx': read('src/content/policy/en/p3-11.mdx'),
    },
    /en\/p3-12\.mdx: the source has no item 12 in part 3\. Policy text absent from the source is never written, in any language: delete the file\.[^]*en\/p3-4b\.mdx: not a policy entry name[^]*zh\/p3-12\.mdx: the source has no item 12 in part 3/,
  ],
  [
    'an outline that misstates what the source gives',
    {
      'src/content/outline.yaml': read('src/content/outline.yaml')
        .replace('p3-3: { source: heading-only }', 'p3-3: { source: full }')
        .replace(/^p4-1:\n {2}source: full$/m, 'p4-1:\n  source: partial'),
    },
    /src\/content\/outline\.yaml: 'p3-3' says source: full, but the source gives its heading only; write source: heading-only\.[^]*'p4-1' says source: partial, but the source gives its heading and text; write source: full\./,
  ],
  [
    'impossible, future and time-zoned dates, quoted or not, in measures and the revision log',
    {
      'src/content/measures/hohhot-a.yaml': measure('2020-02-30'),
      'src/content/measures/hohhot-b.yaml': measure('"2020-02-30"'),
      'src/content/measures/hohhot-c.yaml': measure('2020-03-01T01:00:00+08:00'),
      ...edit(change, 'date: "2026-11-28"', 'date: 2999-01-01'),
    },
    /2026-11-28-first-review\.yaml:2: 'date': 2999-01-01 is after today[^]*hohhot-a\.yaml:2: 'date': 2020-02-30 is a day that does not exist; write the real date as YYYY-MM-DD[^]*hohhot-b\.yaml:2: 'date': 2020-02-30[^]*hohhot-c\.yaml:2: 'date': 2020-03-01T01:00:00\+08:00 is read as a date and time in UTC; write the day only/,
  ],
  [
    'control characters, written as YAML escapes or raw in the text',
    {
      ...edit(
        'src/content/changes/2026-11-28-second-review.yaml',
        /^summary:\n {2}zh: "/m,
        'summary:\n  zh: "审校\\x01 \\u0085',
      ),
      ...edit('src/content/policy/en/p4-3.mdx', 'All leagues', 'All\u001b leagues'),
    },
    /2026-11-28-second-review\.yaml:\d+: 'summary\.zh': holds the control character U\+0001 at character 3; remove it[^]*src\/content\/policy\/en\/p4-3\.mdx:\d+:\d+: holds the control character U\+001B/,
  ],
  [
    'a byte-order mark in a Chinese file, reported as one (not as a difference from the source)',
    { 'src/content/policy/zh/p4-1.mdx': `\uFEFF${read('src/content/policy/zh/p4-1.mdx')}` },
    /src\/content\/policy\/zh\/p4-1\.mdx: starts with a byte-order mark \(U\+FEFF\)\. Remove the byte-order mark/,
    /zh\/p4-1\.mdx: the (heading|text) differs/,
  ],
  [
    'a file over the size limit',
    append('src/content/policy/en/p3-6.mdx', 'Very long. '.repeat(MAX_BYTES / 10)),
    /src\/content\/policy\/en\/p3-6\.mdx: [\d,]+ bytes; a content file may hold at most 65,536 \(64 KiB\)/,
    /en\/p3-6\.mdx: missing/,
  ],
  [
    'an entry id that is not a lowercase slug, as a file name or as a region key',
    {
      'src/content/measures/Hohhot Plan.yaml': measure('2020-03-01'),
      ...edit('src/content/regions.yaml', /^wuhai:$/m, 'Wu Hai:'),
    },
    /src\/content\/measures\/Hohhot Plan\.yaml: the file name is the entry's id and address; use lowercase letters, digits and hyphens only \(e\.g\. hohhot-plan\.yaml\)[^]*src\/content\/regions\.yaml: 'Wu Hai' is not a region id/,
  ],
  [
    'a file no collection loads',
    { 'src/content/measures/hohhot-plan.yml': measure('2020-03-01'), 'src/content/notes.md': 'a note' },
    /src\/content\/measures\/hohhot-plan\.yml: no collection loads this file, so the site would leave it out[^]*src\/content\/notes\.md: no collection loads this file/,
  ],
  [
    'code in an expression, between comments or after a prop',
    append(
      'src/content/policy/en/preamble.mdx',
      '{/* */ 1+1 /* */}\n\nSHA <code>{props.sourceSha /* */ + process.env.HOME}</code>',
    ),
    /src\/content\/policy\/en\/preamble\.mdx:\d+:1: the expression \{\/\* \*\/ 1\+1 \/\* \*\/\} is not allowed: it is a BinaryExpression[^]*preamble\.mdx:\d+:\d+: the expression \{props\.sourceSha \/\* \*\/ \+ process\.env\.HOME\} is not allowed/,
  ],
  [
    'an inline <script> in the About page',
    append('src/content/about/en.mdx', '<script>alert(1)</script>'),
    /src\/content\/about\/en\.mdx:\d+:1: <script> is not allowed: only <abbr>[^]*What content may hold: Markdown/,
  ],
  [
    'an onerror attribute in a part',
    append('src/content/policy/en/p1.mdx', '<span onerror="alert(1)">x</span>'),
    /src\/content\/policy\/en\/p1\.mdx:\d+:1: <span> has the attribute onerror=, which is not allowed \(only lang, dir, title, datetime\): an event handler runs script/,
  ],
  [
    'a javascript: link and a link into the builder’s network in the About page',
    append('src/content/about/zh.mdx', '[点此](JavaScript:alert(1)) [内网](http://10.0.0.1/)'),
    /src\/content\/about\/zh\.mdx:\d+:1: the link "JavaScript:alert\(1\)" is a javascript: link[^]*about\/zh\.mdx:\d+:\d+: the link "http:\/\/10\.0\.0\.1\/" points at the IP address 10\.0\.0\.1/,
  ],
  [
    'an <iframe>, an <object> and an <embed> in items',
    {
      ...append('src/content/policy/en/p3-1.mdx', '<iframe src="https://evil.example/"></iframe>'),
      ...append('src/content/policy/en/p4-4.mdx', '<object data="x.swf"></object>\n\n<embed src="x.swf" />'),
    },
    /src\/content\/policy\/en\/p3-1\.mdx:\d+:1: <iframe> is not allowed[^]*p4-4\.mdx:\d+:1: <object> is not allowed[^]*p4-4\.mdx:\d+:1: <embed> is not allowed/,
  ],
  [
    'Markdown in an item’s plain text',
    edit('src/content/policy/en/p3-4.mdx', 'Establish a dedicated', 'Establish a *dedicated*'),
    /src\/content\/policy\/en\/p3-4\.mdx:5:13: the text must be plain paragraphs, but it holds emphasis/,
  ],
  [
    'MDX that cannot be parsed',
    append('src/content/policy/en/p3-5.mdx', '<span>{unclosed'),
    /src\/content\/policy\/en\/p3-5\.mdx:\d+:\d+: MDX cannot be parsed: /,
  ],
  [
    'a file that is not UTF-8',
    { 'src/content/glossary/tongchou.yaml': Buffer.concat([Buffer.from(GOOD_START), Buffer.from([0xff, 0x41])]) },
    new RegExp(
      `src/content/glossary/tongchou\\.yaml: not valid UTF-8 at byte ${Buffer.byteLength(GOOD_START)} \\(line 2, column \\d+: byte 0xff\\)\\. Save the file as UTF-8\\.`,
    ),
  ],
  [
    'an empty content file',
    { 'src/content/glossary/yidaoqie.yaml': '' },
    /src\/content\/glossary\/yidaoqie\.yaml: the file is empty\. Write its content, or delete it\./,
  ],
  [
    'an edited source record',
    append('source/000_dba1a802fa3e88bb.txt', '多一个字'),
    /source\/000_dba1a802fa3e88bb\.txt: its SHA-256 is [0-9a-f]{64}, but source\/SHA256SUMS records [0-9a-f]{64}\. The source record is never edited: restore it/,
  ],
];

/** The gate's findings on a copy of the content and source record with `files` applied. */
function gateOn(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-gate-'));
  try {
    for (const folder of ['src/content', 'source']) cpSync(folder, join(root, folder), { recursive: true });
    for (const [path, content] of Object.entries(files)) {
      if (content === null) rmSync(join(root, path));
      else {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
    }
    const { faults, advice } = contentFaults(root);
    return [...faults, ...advice].join('\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the gate finds no fault in the content as it is', () => {
  assert.deepEqual(contentFaults(), { faults: [], advice: [] });
});

for (const [name, files, message, absent] of CASES) {
  test(`the gate names ${name}, says where and what to do`, () => {
    const found = gateOn(files);
    assert.match(found, message, found);
    if (absent) assert.doesNotMatch(found, absent, found);
  });
}

/** Builds a copy of the project with `files` over a published dist/, and checks that it failed and left dist/ whole. */
function buildMustFail(files: Files): string {
  const result = buildFixture(
    { ...files, 'dist/index.html': PREVIOUS, 'dist/SHA256SUMS': SUMS },
    { command: ['build/build.ts'], keep: true },
  );
  try {
    assert.equal(result.ok, false, `the build succeeded:\n${result.output.slice(-1500)}`);
    assert.match(result.output, /Build failed: [^]*The previous dist\/ is left as it was\./);
    assert.equal(read(join(result.dist, 'SHA256SUMS')), SUMS);
    assert.deepEqual(verifySums(result.dist), []);
    assert.deepEqual(
      readdirSync(result.root).filter((n) => n.startsWith('.dist-')),
      [],
      'no half-built folder is left',
    );
    return result.output;
  } finally {
    removeFixture(result.root);
  }
}

// Two builds hold every gate case: an empty file and an edited source record each hide others (the glossary file the
// UTF-8 case uses; the text comparison, which needs a trusted source), so they go in the second.
const SECOND = /empty|source record/;
for (const [label, pick] of [
  ['every other gate case', (name: string) => !SECOND.test(name)],
  ['an empty file and an edited source record', (name: string) => SECOND.test(name)],
] as const) {
  test(`npm run build with ${label} at once stops before building, names each, and leaves dist/ as it was`, () => {
    const chosen = CASES.filter(([name]) => pick(name));
    const output = buildMustFail(chosen.reduce((files, [, more]) => ({ ...files, ...more }), {}));
    for (const [name, , message, absent] of chosen) {
      assert.match(output, message, name);
      if (absent) assert.doesNotMatch(output, absent, name);
    }
    assert.doesNotMatch(output, /\[build\] \d+ page\(s\) built/, 'no page was built');
  });
}

test('npm run build stops on a misspelt front matter key in both languages (strict schemas), names the file and what to do', () => {
  const addKey = (path: string) => edit(path, /^---\n/, '---\nregoins: ["hohhot"]\n');
  const output = buildMustFail({
    ...addKey('src/content/policy/zh/p4-3.mdx'),
    ...addKey('src/content/policy/en/p4-3.mdx'),
  });
  assert.match(
    output,
    /src\/content\/policy\/(zh|en)\/p4-3\.mdx: .*\n.*Unrecognized key: "regoins"\nCorrect the field or remove it: .* src\/content\.config\.ts/,
  );
});

test('npm run build stops on a measure whose source is not a web address on a public host, naming the file and field', () => {
  const output = buildMustFail(
    edit('src/content/measures/ordos-mayor-interview.yaml', /^ {2}url: .*$/m, '  url: "https://user@169.254.1.1/x"'),
  );
  assert.match(
    output,
    /src\/content\/measures\/ordos-mayor-interview\.yaml: measures → ordos-mayor-interview data does not match collection schema\.\n\s*source\.url: "https:\/\/user@169\.254\.1\.1\/x" has a user name or password before the host; remove it/,
  );
});

test('npm run build stops on references to missing regions, naming every file and field and where the regions are', () => {
  const output = buildMustFail({
    ...edit('src/content/measures/hohhot-implementing-opinions.yaml', /^region: hohhot$/m, 'region: huhhot'),
    ...edit('src/content/regions.yaml', /^baotou:$/m, 'paotow:'),
  });
  assert.match(output, /Build failed: 4 reference\(s\) name no entry:/);
  assert.match(
    output,
    /src\/content\/measures\/hohhot-implementing-opinions\.yaml: 'region' names 'huhhot', which is not an entry of src\/content\/regions\.yaml\. Use one of: .*hohhot/,
  );
  assert.match(
    output,
    /src\/content\/outline\.yaml \('p4-3'\): 'sentences\[3\]\.named\[1\]' names 'baotou', which is not an entry of src\/content\/regions\.yaml\. Use one of: .*paotow.*; or, if the id there is wrong, correct it in src\/content\/regions\.yaml\./,
  );
});

test('npm run build stops on an Atom feed that would not be well-formed XML, naming the feed', () => {
  // Interface strings are not content, so the gate does not read them: the feed's own check must catch this.
  const output = buildMustFail(
    edit('src/i18n/strings/en.json', '"The translators of this site"', '"The translators\\u0001 of this site"'),
  );
  assert.match(
    output,
    /Build failed: en\/changes\/feed\.xml: not well-formed XML: \d+:\d+: disallowed character\. Its words come from src\/content\/changes\/ and src\/i18n\/strings\//,
  );
});

test('a synonym group of one word stops the build, naming the entry and what to do', () => {
  const synonyms = read('src/content/search-synonyms.yaml');
  const lonely = synonyms.replace('  en: [electricity, power]\n', '  en: [electricity]\n');
  assert.notEqual(lonely, synonyms);
  const result = buildFixture({ 'src/content/search-synonyms.yaml': lonely });
  assert.equal(result.ok, false);
  assert.match(result.output, /searchSynonyms → electricity data does not match collection schema/);
  assert.match(result.output, /a group of synonyms needs at least two words in each language it lists/);
});

test('a British spelling in a measure, a straight quote in an interface string and a rejected rendering in a glossary note stop the build, naming each file, field and language', () => {
  const output = buildMustFail({
    ...edit(
      'src/content/measures/ordos-mayor-interview.yaml',
      /^ {2}en: "Siqinbilige/m,
      '  en: "Organised: Siqinbilige',
    ),
    ...edit('src/i18n/strings/en.json', '"Glossary"', '"The site\'s glossary"'),
    ...edit('src/content/glossary/bangfu-jizhi.yaml', 'A standing arrangement', 'A support mechanism'),
  });
  assert.match(output, /Wording check: 3 fault\(s\) in what readers read:/);
  assert.match(
    output,
    /src\/content\/measures\/ordos-mayor-interview\.yaml 'title' \[en\]: “Organised” is not the house spelling \(american\); write Organized\./,
  );
  assert.match(
    output,
    /src\/i18n\/strings\/\{zh,en\}\.json '[\w.]+' \[en\]: a straight single quote in “The site's glossary”/,
  );
  assert.match(
    output,
    /src\/content\/glossary\/bangfu-jizhi\.yaml 'note' \[en\]: “support mechanism” is a rendering of 帮扶机制 that the glossary rejects/,
  );
});
