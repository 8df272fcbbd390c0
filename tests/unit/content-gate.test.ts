/**
 * `npm run build` is the gate: each kind of bad content stops it with a message naming the file and what to do, and
 * the published dist/ (proved by its SHA256SUMS) stays exactly as it was. Each case is put alone into a copy of the
 * content and must be named by the gate that the build runs first; then real builds of the project, one with every
 * case at once and one with an unknown front matter key (the schemas' part), must fail and leave dist/ untouched.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildFixture, removeFixture } from '../../build/fixture.ts';
import { verifySums } from '../../build/checksums.ts';
import { contentFaults } from '../../src/lib/gates/content-gate.ts';

const PREVIOUS = '<!doctype html><title>the published build</title>';
const SUMS = `${createHash('sha256').update(PREVIOUS).digest('hex')}  index.html\n`;
const read = (path: string) => readFileSync(path, 'utf8');
/** A project file with `find` replaced by `put` (which must change it). */
function edit(path: string, find: string | RegExp, put: string): Record<string, string> {
  const before = read(path);
  const after = before.replace(find, put);
  assert.notEqual(after, before, `${path}: ${find} not found`);
  return { [path]: after };
}
const addKey = (path: string, line: string) => edit(path, /^---\n/, `---\n${line}\n`);
const append = (path: string, text: string) => ({ [path]: `${read(path)}\n${text}\n` });
const measure = (date: string) => `region: hohhot\ndate: ${date}\nitems: [p4-3]\n`;

const GOOD_START = read('src/content/glossary/tongchou.yaml').split('\n').slice(0, 1).join('\n') + '\nzh: "呼和';
const CASES: [string, Record<string, string | Uint8Array>, RegExp][] = [
  [
    'a Chinese item whose text differs from the source by one character',
    edit('src/content/policy/zh/p3-4.mdx', '成立推动企业', '成立推进企业'),
    /src\/content\/policy\/zh\/p3-4\.mdx: the text differs from the source at character \d+: the source has ".*推动.*", the file has ".*推进.*"\. The Chinese is the source verbatim/,
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
    'an edited source record',
    append('source/000_dba1a802fa3e88bb.txt', '多一个字'),
    /source\/000_dba1a802fa3e88bb\.txt: its SHA-256 is [0-9a-f]{64}, but source\/SHA256SUMS records [0-9a-f]{64}\. The source record is never edited: restore it/,
  ],
  [
    'an impossible date',
    {
      'src/content/measures/hohhot-a.yaml': measure('2020-02-30'),
      'src/content/measures/hohhot-b.yaml': measure('"2020-02-30"'),
    },
    /src\/content\/measures\/hohhot-a\.yaml: 'date': 2020-02-30 is a day that does not exist; write the real date as YYYY-MM-DD[^]*src\/content\/measures\/hohhot-b\.yaml: 'date': 2020-02-30/,
  ],
  [
    'an inline <script> in the About page',
    append('src/content/about/en.mdx', '<script>alert(1)</script>'),
    /src\/content\/about\/en\.mdx:\d+:1: <script> is never allowed in content\.[^]*What content may hold: Markdown/,
  ],
  [
    'an onerror attribute in the preamble',
    append('src/content/policy/en/preamble.mdx', '<span onerror="alert(1)">x</span>'),
    /src\/content\/policy\/en\/preamble\.mdx:\d+:1: <span> has the event handler onerror=, which is never allowed/,
  ],
  [
    'a javascript: link in the About page',
    append('src/content/about/zh.mdx', '[点此](JavaScript:alert(1))'),
    /src\/content\/about\/zh\.mdx:\d+:1: a javascript: URL is never allowed/,
  ],
  [
    'an <iframe> in an item',
    append('src/content/policy/en/p3-1.mdx', '<iframe src="https://evil.example/"></iframe>'),
    /src\/content\/policy\/en\/p3-1\.mdx:\d+:1: <iframe> is never allowed/,
  ],
  [
    'an <object> and an <embed> in an item',
    append('src/content/policy/en/p4-4.mdx', '<object data="x.swf"></object>\n\n<embed src="x.swf" />'),
    /src\/content\/policy\/en\/p4-4\.mdx:\d+:1: <object> is never allowed[^]*p4-4\.mdx:\d+:1: <embed> is never allowed/,
  ],
  [
    'an empty content file',
    { 'src/content/glossary/yidaoqie.yaml': '' },
    /src\/content\/glossary\/yidaoqie\.yaml: the file is empty\. Write its content, or delete it\./,
  ],
  [
    'a file that is not UTF-8',
    { 'src/content/glossary/tongchou.yaml': Buffer.concat([Buffer.from(GOOD_START), Buffer.from([0xff, 0x41])]) },
    new RegExp(
      `src/content/glossary/tongchou\\.yaml: not valid UTF-8 at byte ${Buffer.byteLength(GOOD_START)} \\(line 2, column \\d+: byte 0xff\\)\\. Save the file as UTF-8\\.`,
    ),
  ],
];

/** The gate's findings on a copy of the content and source record with `files` applied. */
function gateOn(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-gate-'));
  try {
    for (const folder of ['src/content', 'source']) cpSync(folder, join(root, folder), { recursive: true });
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
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

for (const [name, files, message] of CASES) {
  test(`the gate names ${name}, says where and what to do`, () => {
    const found = gateOn(files);
    assert.match(found, message, found);
  });
}

/** Builds a copy of the project with `files` over a published dist/, and checks that it failed and left dist/ whole. */
function buildMustFail(files: Record<string, string | Uint8Array>): string {
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

// Two builds hold every case: an empty file and an edited source record each hide others (the region file the
// <iframe> is put in; the text comparison, which needs a trusted source), so they go in the second.
const SECOND = /empty|source record/;
for (const [label, pick] of [
  ['every other case', (name: string) => !SECOND.test(name)],
  ['an empty file and an edited source record', (name: string) => SECOND.test(name)],
] as const) {
  test(`npm run build with ${label} at once stops before building, names each, and leaves dist/ as it was`, () => {
    const chosen = CASES.filter(([name]) => pick(name));
    const output = buildMustFail(chosen.reduce((files, [, more]) => ({ ...files, ...more }), {}));
    for (const [name, , message] of chosen) assert.match(output, message, name);
    assert.doesNotMatch(output, /\[build\] \d+ page\(s\) built/, 'no page was built');
  });
}

test('npm run build stops on a misspelt front matter key in both languages (strict schemas), names the file and what to do', () => {
  const output = buildMustFail({
    ...addKey('src/content/policy/zh/p4-3.mdx', 'regoins: ["hohhot"]'),
    ...addKey('src/content/policy/en/p4-3.mdx', 'regoins: ["hohhot"]'),
  });
  assert.match(
    output,
    /src\/content\/policy\/(zh|en)\/p4-3\.mdx: .*\n.*Unrecognized key: "regoins"\nCorrect the field or remove it: .* src\/content\.config\.ts/,
  );
});
