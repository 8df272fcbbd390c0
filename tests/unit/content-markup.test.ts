/**
 * The content gate's reading of MDX on its own, by the parsed tree: each class of refusal in many spellings (the
 * builds that prove these stop `npm run build` are in content-gate.test.ts), and what content really uses passes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markupFaults } from '../../src/lib/gates/mdx-markup.ts';
import { expressionFault } from '../../src/lib/gates/expressions.ts';
import { parsePassageText } from '../../src/lib/document/text.ts';
import { firstInvalidUtf8, lineAndColumn } from '../../src/lib/gates/utf8.ts';

const faults = (mdx: string) =>
  markupFaults(`---\ntitle: x\n---\n\n${mdx}\n`).map((f) => `${f.line}:${f.column} ${f.message}`);
/** Asserts that each spelling is refused, with a message matching `pattern`, at a real place. */
function refused(spellings: string[], pattern: RegExp) {
  for (const mdx of spellings) {
    const found = faults(mdx);
    assert.ok(
      found.some((f) => pattern.test(f)),
      `${JSON.stringify(mdx)}: ${pattern} not in ${JSON.stringify(found)}`,
    );
    assert.ok(
      found.every((f) => /^[1-9]\d*:[1-9]\d* /.test(f)),
      `each fault names its line and column: ${found}`,
    );
  }
}

test('allowed: Markdown, relative, web and mail links, a few inline elements with plain attributes, {props.name}, comments', () => {
  assert.deepEqual(
    faults(
      '## Heading\n\n**Bold** *em* `code` [SHA256SUMS](../../SHA256SUMS) [site](https://www.nmg.gov.cn/) [mail](mailto:a@b.cn) [here](#top)\n\n' +
        '- one\n- two\n\n> quoted\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n' +
        'SHA-256 <code>{props.sourceSha}</code> <abbr title="Inner Mongolia">IM</abbr> <span lang="zh-CN">内蒙古</span> {/* a note */} { }',
    ),
    [],
  );
});

test('an expression is judged by its parsed program: only props.name or comments, in any spelling', () => {
  for (const ok of ['props.sourceSha', ' props.x ', '/* c */ props.x // d', '/* only a note */', '', '(props.x)'])
    assert.equal(expressionFault(ok), undefined, ok);
  const refusedPrograms = [
    '/* */ 1+1 /* */', // code between two comments
    'props.x /* */ ; process.env.HOME', // a second statement
    "props['x']",
    'props[`x`]',
    'props.x()',
    'props?.x',
    'props.x.y',
    'props.constructor',
    'props.__proto__',
    'props.components',
    'props',
    '`${process.env.HOME}`',
    'import("node:fs")',
    'require("fs")',
    'await props.x',
    '(() => 1)()',
    'props.x, process.exit()',
    '"use strict"',
    'x = 1',
    'import fs from "fs"',
    'export const x = 1',
    '<!-- -->props.x',
    '#!x\nprops.x',
    'props.x\n(process.exit())',
    '{ props.x }',
    'new Function("return 1")()',
  ];
  for (const bad of refusedPrograms) assert.ok(expressionFault(bad), `${JSON.stringify(bad)} is refused`);
  refused(
    [
      '{/* */ 1+1 /* */}',
      'A {props.x /* */ + process.env.HOME /* */} b',
      "{props['x']}",
      '{props.x()}',
      '{`${props.x}`}',
      '{import("fs")}',
      '{{a: 1}}',
      '{(function () { return 1 })()}',
      '<span>{props.x.y}</span>',
      '<code>{ /**/ props.toString /**/ }</code>',
    ],
    /the expression \{.*\} is not allowed: it (is|reads)/s,
  );
});

test('elements: only the allow-list, exactly spelt, with plain-text attributes; never script, handlers, spreads or components', () => {
  refused(
    [
      '<script>alert(1)</script>',
      '<SCRIPT>x</SCRIPT>',
      '<Script />',
      '<svg:script>x</svg:script>',
      '<iframe src="https://evil.example/" />',
      '<object data="x" />',
      '<embed src="x" />',
      '<svg><script /></svg>',
      '<a href="https://example.com/">a</a>',
      '<Span>x</Span>',
      '<span.x>y</span.x>',
      '<Widget />',
      '<>fragment</>',
      '<style>{"body{}"}</style>',
    ],
    /<.*> is not allowed|JSX fragment/,
  );
  refused(['<span onClick="alert(1)">x</span>', '<em ONMOUSEOVER="x">y</em>'], /event handler runs script/);
  refused(
    ['<span class="x">y</span>', '<span style="color:red">y</span>'],
    /attribute (class|style)=, which is not allowed/,
  );
  refused(
    ['<span title={props.x}>a</span>', '<abbr title={"x"}>a</abbr>', '<span lang={`en`}>a</span>'],
    /attribute values must be plain text/,
  );
  refused(['<span {...props}>b</span>', '<span {...{ onClick: 1 }}>b</span>'], /spread attribute is not allowed/);
});

test('links: relative, mailto: or a web address on a public host, as the WHATWG URL parser reads them', () => {
  // Relative in form and harmless: a path on this site, whatever its letters spell.
  assert.deepEqual(faults('[a](%20javascript:alert(1)) [b](./javascript/) [c](?q=javascript:x)'), []);
  refused(
    [
      '[a](JAVASCRIPT:alert(1))',
      '[a](JaVaScRiPt:alert(1))',
      '[a](<java\tscript:alert(1)>)',
      '[a](&#106;avascript:alert(1))',
      '[a](data:text/html,hi)',
      '[a](file:///etc/passwd)',
      '[a](vbscript:msgbox)',
      '[d][ref]\n\n[ref]: javascript:alert(1)',
      '[a](ftp://example.org/)',
    ],
    /the link .* (is a [a-z]+: link|is not a link a browser could follow)/,
  );
  refused(
    [
      '[a](http://127.0.0.1/)',
      '[a](http://[::1]/)',
      '[a](http://localhost./)',
      '[a](http://10.0.0.1/)',
      '[a](https://user@169.254.1.1/)',
      '[a](http://0x7f.1/)',
      '[a](http://2130706433/)',
      '[a](https://intranet/)',
      '[a](https://site.test/)',
      '[a](//evil.example/)',
      String.raw`[a](\\\\evil.example/x)`, // a browser reads \\ as //
      '[a](https://www.gov.cn@evil.example/)',
      'www.localhost',
    ],
    /the link .* (IP address|reserved|no domain|another host|user name)/,
  );
  refused(
    ['![logo](https://evil.example/logo.png)', '![x](./a.png)', '![x][r]\n\n[r]: ./a.png'],
    /image is not allowed/,
  );
});

test('other kinds of node are refused by name: import/export, footnotes', () => {
  refused(['import x from "./x.js"', 'export const x = 1', 'export default function () {}'], /import\/export/);
  refused(['a[^1]\n\n[^1]: note'], /footnote is not allowed/);
});

test('MDX that cannot be parsed is a fault with its place, not a crash', () => {
  const [fault] = faults('text <span unclosed');
  assert.match(fault!, /^\d+:\d+ MDX cannot be parsed: /);
});

test('a passage’s text is judged by its tree: paragraphs of text exactly as written, typographic punctuation', () => {
  assert.deepEqual(parsePassageText('第一段。\n\n第二段，\n  续行。\n'), {
    paragraphs: [
      { text: '第一段。', italics: [] },
      { text: '第二段， 续行。', italics: [] },
    ],
  });
  // Italics only where a title may stand (the preamble), and only there.
  assert.deepEqual(parsePassageText('issued the *Opinions*.', true), {
    paragraphs: [{ text: 'issued the Opinions.', italics: [[11, 19]] }],
  });
  const cases: [string, RegExp][] = [
    ['a *stressed* word', /emphasis/],
    ['a __strong__ word', /strong emphasis/],
    ['a ~struck~ word', /strikethrough/],
    ['a `code` word', /code/],
    ['a [link](https://www.gov.cn/)', /a link/],
    ['see www.gov.cn', /a link/],
    ['# heading', /heading/],
    ['- list item', /list/],
    ['1. list item', /list/],
    ['> quoted', /quotation/],
    ['```\nfenced\n```', /code block/],
    ['a  \nbreak', /hard line break/],
    ['a <span>x</span> tag', /element/],
    ['a <Region /> tag', /element/],
    ['a {expression}', /expression/],
    ['a &amp; b', /character reference/],
    ['a &#42;b&#42;', /character reference/],
    ['a \\* b', /backslash escape/],
    ['a "straight" quote', /typographic quotes/],
    ["it's", /typographic quotes/],
    ['a -- dash', /typographic/],
    ['wait...', /typographic/],
    ['text <span', /MDX cannot parse it/],
  ];
  for (const [body, pattern] of cases) {
    const parsed = parsePassageText(body);
    assert.ok('fault' in parsed, `${JSON.stringify(body)} is refused`);
    assert.match(parsed.fault.message, pattern, body);
  }
});

test('UTF-8: well-formed text passes; the first bad byte is found, with its line and column', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  assert.equal(firstInvalidUtf8(utf8('分类指导 ascii 𝄞 —')), -1);
  const cases: [number[], number][] = [
    [[0x41, 0xff], 1], // never valid
    [[0x41, 0xc0, 0xaf], 1], // overlong "/"
    [[0xe0, 0x80, 0xaf], 1], // overlong, 3 bytes
    [[0xed, 0xa0, 0x80], 1], // a surrogate, U+D800
    [[0xf4, 0x90, 0x80, 0x80], 1], // above U+10FFFF
    [[0xe4, 0xb8], 0], // cut short at the end
    [[0xe4, 0x41, 0x41], 1], // continuation missing
    [[0x80], 0], // a continuation byte alone
  ];
  for (const [bytes, offset] of cases)
    assert.equal(firstInvalidUtf8(new Uint8Array(bytes)), offset, bytes.map((b) => b.toString(16)).join(' '));
  const text = new Uint8Array([...utf8('一\n二三\n'), 0xff]);
  assert.deepEqual(lineAndColumn(text, firstInvalidUtf8(text)), { line: 3, column: 1 });
});
