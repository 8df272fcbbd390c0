/** The content gate's parts on their own: the markup allow-list (as MDX parses it) and the UTF-8 check. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markupFaults } from '../../src/lib/gates/mdx-markup.ts';
import { firstInvalidUtf8, lineAndColumn } from '../../src/lib/gates/utf8.ts';

const faults = (mdx: string) =>
  markupFaults(`---\ntitle: x\n---\n\n${mdx}\n`).map((f) => `${f.line}:${f.column} ${f.message}`);

test('allowed: Markdown, relative and web links, a few inline elements with plain attributes, {props.name}', () => {
  assert.deepEqual(
    faults(
      '**Bold** [SHA256SUMS](../../SHA256SUMS) [site](https://www.nmg.gov.cn/) [mail](mailto:a@b.c)\n\n' +
        'SHA-256 <code>{props.sourceSha}</code> <abbr title="Inner Mongolia">IM</abbr> <span lang="zh-CN">内蒙古</span> {/* a note */}',
    ),
    [],
  );
});

test('refused, each with its line: script, handlers, javascript: in any disguise, frames, plugins, code, spreads', () => {
  const found = faults(
    [
      '<script src="x.js"></script>',
      '<span onClick="alert(1)">x</span> <em onmouseover="x">y</em>',
      '[a](JaVaScRiPt:alert(1)) [b](%20javascript:alert(1)) [c](data:text/html,hi)',
      '[d][ref]\n\n[ref]: vbscript:msgbox',
      '<iframe src="https://evil.example/" /> <object data="x" /> <embed src="x" /> <svg />',
      '<a href="https://example.com/">a</a> <span title={evil()}>x</span> <span {...rest}>x</span> <Widget />',
      '{fetch("https://evil.example/")}',
      'export const x = 1',
      '![logo](https://evil.example/logo.png)',
    ].join('\n\n'),
  );
  const expected = [
    /<script> is never allowed/,
    /event handler onClick=/,
    /event handler onmouseover=/,
    /javascript: URL is never allowed: "JaVaScRiPt/,
    /data: URL is never allowed/,
    /vbscript: URL is never allowed/,
    /<iframe> is never allowed/,
    /<object> is never allowed/,
    /<embed> is never allowed/,
    /<svg> is never allowed/,
    /<a> is not on the allow-list/,
    /attribute values must be plain text/,
    /spread attribute/,
    /<Widget> is not on the allow-list/,
    /the expression \{fetch/,
    /import\/export is not allowed/,
    /image from another origin/,
  ];
  for (const pattern of expected)
    assert.ok(
      found.some((f) => pattern.test(f)),
      `${pattern} not in:\n${found.join('\n')}`,
    );
  assert.ok(
    found.every((f) => /^\d+:\d+ /.test(f) && !f.startsWith('0:')),
    'each names its line and column',
  );
  assert.match(
    found.find((f) => f.includes('<script>'))!,
    /^5:1 /,
  );
});

test('MDX that cannot be parsed is a fault with its place, not a crash', () => {
  const [fault] = faults('text <span unclosed');
  assert.match(fault!, /^\d+:\d+ MDX cannot be parsed: /);
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
