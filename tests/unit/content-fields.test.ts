/**
 * The rules for data that is well-formed but wrong, on their own and in many spellings: web addresses, control
 * characters, dates, references between collections; and the build's proof of what it wrote (the Atom feeds).
 * content-gate.test.ts proves, with real builds, that each stops `npm run build` and leaves dist/ as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { webAddressFault } from '../../src/lib/gates/web-address.ts';
import { controlCharacter } from '../../src/lib/gates/characters.ts';
import { readYaml } from '../../src/lib/gates/yaml-fields.ts';
import { referenceFaults } from '../../src/lib/references/faults.ts';
import { checkedAtom } from '../../src/lib/changes/atom-schema.ts';
import { assertValid } from '../../src/lib/data/assert-valid.ts';
import { buildDay } from '../../src/lib/dates.ts';

test('a measure’s source is an http(s) address on a public host name, as the WHATWG URL parser reads it', () => {
  for (const ok of [
    'https://www.nmg.gov.cn/zwgk/x.html',
    'http://imline.cn/news/shizheng/2020/01204NR020.html',
    'https://www.gov.cn.:443/a?b=c#d',
    'https://例子.中国/',
  ])
    assert.equal(webAddressFault(ok), undefined, ok);
  const refused: [string, RegExp][] = [
    ['javascript:alert(1)', /javascript: address/],
    ['JAVASCRIPT:alert(1)', /javascript: address/],
    ['java\tscript:alert(1)', /javascript: address/],
    ['  javascript:alert(1)', /javascript: address/],
    ['data:text/html,hi', /data: address/],
    ['file:///etc/passwd', /file: address/],
    ['ftp://ftp.example.org/', /ftp: address/],
    ['http://127.0.0.1/', /IP address 127\.0\.0\.1/],
    ['http://0x7f.1/', /IP address 127\.0\.0\.1/],
    ['http://2130706433/', /IP address 127\.0\.0\.1/],
    ['http://[::1]/', /IP address \[::1\]/],
    ['http://[::ffff:10.0.0.1]/', /IP address/],
    ['http://10.0.0.1/', /IP address/],
    ['http://8.8.8.8/', /IP address/],
    ['https://user@169.254.1.1/', /user name or password/],
    ['https://www.gov.cn@evil.example.com/', /user name or password.*evil\.example\.com/],
    ['http://localhost/', /reserved/],
    ['http://localhost./', /reserved/],
    ['http://LOCALHOST/', /reserved/],
    ['http://a.localhost/', /reserved/],
    ['http://printer.local/', /reserved/],
    ['http://site.test/', /reserved/],
    ['http://intranet/', /no domain/],
    ['www.gov.cn/x', /not a complete web address/],
    ['/relative/path', /not a complete web address/],
    ['', /not a complete web address/],
  ];
  for (const [url, pattern] of refused) assert.match(webAddressFault(url) ?? '(accepted)', pattern, url);
});

test('control characters: C0 but tab and line feed, DEL, C1, U+FFFE/U+FFFF; CR only before LF in raw text', () => {
  for (const ok of ['tab\there', 'line\nfeed', '中文“引号”', 'emoji 𝄞', 'nbsp\u00a0ok'])
    assert.equal(controlCharacter(ok), undefined);
  assert.equal(controlCharacter('crlf\r\nline', true), undefined);
  for (const c of [
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000b',
    '\u000c',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u009f',
    '\ufffe',
    '\uffff',
  ])
    assert.deepEqual(controlCharacter(`ab${c}`), { index: 2, character: c }, `U+${c.charCodeAt(0).toString(16)}`);
  assert.ok(controlCharacter('lone\rcr', true));
  assert.ok(controlCharacter('crlf\r\nin a value'), 'a value YAML has read holds no CR');
});

test('YAML values are judged after YAML reads them: escapes become the characters they name', () => {
  const { faults } = readYaml(
    'src/content/changes/x.yaml',
    'summary:\n  zh: "a\\x01b"\n  en: "c\\u0085d"\nitems: ["\\e"]\n# a comment\n',
  );
  assert.deepEqual(faults, [
    "src/content/changes/x.yaml:2: 'summary.zh': holds the control character U+0001 at character 2; remove it (it is invisible: retype the words around it, or find it with your editor’s search for control characters).",
    "src/content/changes/x.yaml:3: 'summary.en': holds the control character U+0085 at character 2; remove it (it is invisible: retype the words around it, or find it with your editor’s search for control characters).",
    "src/content/changes/x.yaml:4: 'items.0': holds the control character U+001B at character 1; remove it (it is invisible: retype the words around it, or find it with your editor’s search for control characters).",
  ]);
});

test('dates in every field and spelling: a real day, YYYY-MM-DD, not after the build’s day', () => {
  const dates = (yaml: string, firstLine = 1) => readYaml('f.yaml', yaml, firstLine).faults.join('\n');
  const today = buildDay();
  for (const ok of ['date: 2020-02-29', 'date: "2020-03-01"', "date: '2020-03-01'", `date: ${today}`])
    assert.equal(dates(ok), '', ok);
  const refused: [string, RegExp][] = [
    ['date: 2020-02-30', /'date': 2020-02-30 is a day that does not exist/],
    ['date: "2020-02-30"', /'date': 2020-02-30 is a day that does not exist/],
    ['date: 2019-02-29', /does not exist/],
    ['date: 2020-13-01', /does not exist/],
    ['date: 2999-01-01', /'date': 2999-01-01 is after today/],
    ['date: 2020-03-01T01:00:00+08:00', /read as a date and time in UTC; write the day only/],
    ['date: 2020-3-1 10:00:00', /read as a date and time in UTC/],
    ['date: 2020-03-01 23:59:59 -05:00', /read as a date and time in UTC/],
    ['measures:\n  - { date: 2020-02-30 }', /'measures\.0\.date': 2020-02-30/],
  ];
  for (const [yaml, pattern] of refused) assert.match(dates(yaml), pattern, yaml);
  assert.match(dates('title: x\ndate: 2020-02-30', 2), /^f\.yaml:3: /, 'front matter lines count from the file');
});

test('a reference to a missing entry is named with the file, field and the entry’s own file; none is dropped', () => {
  const regions = ['hohhot', 'baotou'].map((id) => ({ id, filePath: 'src/content/regions.yaml', data: {} }));
  const faults = referenceFaults({
    regions,
    measures: [
      {
        id: 'hohhot-a',
        filePath: 'src/content/measures/hohhot-a.yaml',
        data: { region: { collection: 'regions', id: 'huhhot' } },
      },
      { id: 'ok', filePath: 'src/content/measures/ok.yaml', data: { region: { collection: 'regions', id: 'hohhot' } } },
    ],
    outline: [
      {
        id: 'p4-3',
        filePath: 'src/content/outline.yaml',
        data: {
          regions: [
            { collection: 'regions', id: 'hohhot' },
            { collection: 'regions', id: 'Baotou' },
          ],
        },
      },
    ],
  });
  assert.deepEqual(faults, [
    "src/content/measures/hohhot-a.yaml: 'region' names 'huhhot', which is not an entry of src/content/regions.yaml. Use one of: hohhot, baotou; or, if the id there is wrong, correct it in src/content/regions.yaml.",
    "src/content/outline.yaml ('p4-3'): 'regions[1]' names 'Baotou', which is not an entry of src/content/regions.yaml. Use one of: hohhot, baotou; or, if the id there is wrong, correct it in src/content/regions.yaml.",
  ]);
});

test('assertValid returns the data it proves, and names the file and every field that breaks the schema', () => {
  const schema = z.object({ id: z.string(), parts: z.array(z.object({ n: z.number().int() })) }).strict();
  assert.deepEqual(assertValid(schema, { id: 'x', parts: [{ n: 1 }] }, 'data/x.json'), { id: 'x', parts: [{ n: 1 }] });
  assert.throws(
    () => assertValid(schema, { id: 1, parts: [{ n: 1.5 }], extra: true }, 'data/x.json'),
    (error: Error) =>
      /^data\/x\.json: the build wrote a file that does not match its schema/.test(error.message) &&
      /\n {2}id: .*string/.test(error.message) &&
      /\n {2}parts\[0\]\.n: .*int/.test(error.message) &&
      /Unrecognized key: "extra"/.test(error.message),
  );
});

const FEED = 'dist/en/changes/feed.xml';
test(
  'the Atom feed the build wrote is well-formed and valid RFC 4287; malformed or incomplete copies are refused',
  {
    skip: !existsSync(FEED) && 'build first',
  },
  () => {
    const xml = readFileSync(FEED, 'utf8');
    assert.equal(checkedAtom(xml, 'en/changes/feed.xml'), xml);
    const broken: [string, string, RegExp][] = [
      [
        'a control character',
        xml.replace('</summary>', '\u0001</summary>'),
        /not well-formed XML: \d+:\d+: disallowed character/,
      ],
      ['an unescaped ampersand', xml.replace('</summary>', ' & </summary>'), /not well-formed XML/],
      ['an undefined entity', xml.replace('</summary>', '&nbsp;</summary>'), /not well-formed XML: .*undefined entity/],
      ['a second root', `${xml}<feed/>`, /not well-formed XML: .*only one root/],
      ['a tag left open', xml.replace('</feed>', ''), /not well-formed XML/],
      ['no feed id', xml.replace(/ {2}<id>[^<]*<\/id>\n(?= {2}<title>)/, ''), /feed\[0\]\.id: required, and missing/],
      [
        'an entry without id',
        xml.replace(/(<entry>\n)\s*<id>[^<]*<\/id>/, '$1'),
        /feed\[0\]\.entry\[0\]\.id: required/,
      ],
      ['two titles', xml.replace(/(<title>[^<]*<\/title>)/, '$1$1'), /feed\[0\]\.title: required exactly once/],
      [
        'a date that is not RFC 3339',
        xml.replace(/<updated>[^<]*</, '<updated>28 Nov 2026<'),
        /must be an RFC 3339 date-time/,
      ],
      ['an impossible date', xml.replace(/<updated>[^<]*</, '<updated>2026-02-30T10:00:00Z<'), /RFC 3339/],
      ['a relative id', xml.replace(/<id>urn:uuid:[^<]*</, '<id>changes/en<'), /must be an absolute IRI/],
      ['an empty title', xml.replace(/<title>[^<]*<\/title>/, '<title></title>'), /must not be empty/],
      ['no author', xml.replace(/ {2}<author>.*<\/author>\n/, ''), /needs an author/],
      [
        'a misspelt Atom element',
        xml.replace('<subtitle>', '<subtitel>x</subtitel><subtitle>'),
        /Unrecognized key: "subtitel"/,
      ],
      [
        'two entries with one id',
        xml.replace(/(<entry>\n\s*<id>)[^<]*/g, '$1urn:uuid:00000000-0000-8000-8000-000000000000'),
        /two entries share an atom:id/,
      ],
      ['a link without href', xml.replace(/href="[^"]*"/, ''), /href/],
      ['another namespace', xml.replace('http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'), /\$ns|feed/],
    ];
    for (const [name, bad, pattern] of broken) {
      let message = 'ACCEPTED';
      try {
        checkedAtom(bad, 'en/changes/feed.xml');
      } catch (error) {
        message = (error as Error).message;
      }
      assert.notEqual(message, 'ACCEPTED', name);
      assert.match(message, /^en\/changes\/feed\.xml: /, name);
      assert.match(message, pattern, `${name}: ${message}`);
    }
  },
);
