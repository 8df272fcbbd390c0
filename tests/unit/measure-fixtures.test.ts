/**
 * The README's worked example of a local measure, built for real from tests/fixtures/measures/, and bad
 * measures that must stop the build with a message naming the file and what to fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, removeFixture } from '../support/fixture-build.ts';

const example = {
  zh: readFileSync('tests/fixtures/measures/zh/example-hohhot.mdx', 'utf8'),
  en: readFileSync('tests/fixtures/measures/en/example-hohhot.mdx', 'utf8'),
};
const files = (zh: string, en: string) => ({
  'src/content/measures/zh/example-hohhot.mdx': zh,
  'src/content/measures/en/example-hohhot.mdx': en,
});
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('the README shows exactly the example that this test builds, and it is not shipped', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.ok(readme.includes('## For content authors: adding a local measure'));
  for (const source of Object.values(example)) assert.ok(readme.includes(source), 'README example = fixture');
  assert.throws(() => readFileSync('src/content/measures/zh/example-hohhot.mdx'), /ENOENT/);
});

test('the worked example builds and shows on its region page and in the table, in both languages', () => {
  const result = buildFixture(files(example.zh, example.en), { keep: true });
  try {
    assert.ok(result.ok, result.output.slice(-2000));
    const zh = text(readFileSync(join(result.dist, 'zh/regions/hohhot/index.html'), 'utf8'));
    for (const field of ['示例措施（仅用于说明格式，并非真实文件）', '示例发文机关', '2020-01-01', '示例出处：发文字号、发布单位、网址或档案位置', '四（三）'])
      assert.ok(zh.includes(field), `zh page shows ${field}`);
    assert.ok(!zh.includes('尚未收录'), 'the empty state is gone');
    const enHtml = readFileSync(join(result.dist, 'en/regions/hohhot/index.html'), 'utf8');
    assert.ok(text(enHtml).includes('Example measure (shows the format; not a real document)'));
    assert.match(enHtml, /<a href="\.\.\/\.\.\/p4\/index\.html#p4-3">IV \(3\)<\/a>/);
    const table = readFileSync(join(result.dist, 'en/regions/index.html'), 'utf8');
    assert.match(table, /<tr data-region="hohhot">[\s\S]*?<td class="count">1<\/td>/);
    assert.match(table, /<tr data-region="baotou">[\s\S]*?<td class="count">0<\/td>/);
    assert.ok(text(readFileSync(join(result.dist, 'en/regions/baotou/index.html'), 'utf8')).includes('No local measure from Baotou is recorded on this site yet.'));
  } finally {
    removeFixture(result.root);
  }
});

test('a measure for an unknown region stops the build, naming the file', () => {
  const result = buildFixture(files(example.zh.replace('region: "hohhot"', 'region: "huhhot"'), example.en.replace('region: "hohhot"', 'region: "huhhot"')));
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/measures\/(zh|en)\/example-hohhot\.mdx: 'region' is 'huhhot', which is not a region\. Use one of: hohhot, baotou/);
});

test('a measure citing an unknown item stops the build, naming the file', () => {
  const result = buildFixture(files(example.zh.replace('["p4-3"]', '["p4-9"]'), example.en));
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/measures\/zh\/example-hohhot\.mdx: 'items' lists 'p4-9', which is not a policy item/);
});

test('a measure without its source stops the build, naming the file and the field', () => {
  const result = buildFixture(files(example.zh, example.en.replace(/^source: .*\n/m, '')));
  assert.equal(result.ok, false);
  assert.match(result.output, /measures → en\/example-hohhot data does not match collection schema/);
  assert.match(result.output, /source: missing 'source': a citation a reader can check/);
  assert.match(result.output, /src\/content\/measures\/en\/example-hohhot\.mdx/);
});

test('no measure recorded: the build is quiet about the empty collection', () => {
  const result = buildFixture({});
  assert.ok(result.ok);
  assert.doesNotMatch(result.output, /No files found matching|does not exist or is empty/);
  assert.match(result.output, /No local measures recorded/);
});

test('an item naming an unknown region stops the build, naming the item’s file', () => {
  const p43 = readFileSync('src/content/policy/zh/p4-3.mdx', 'utf8');
  const result = buildFixture({ 'src/content/policy/zh/p4-3.mdx': p43.replace('"chifeng"]', '"chifen"]') });
  assert.equal(result.ok, false);
  assert.match(result.output, /src\/content\/policy\/zh\/p4-3\.mdx: 'regions' lists 'chifen', which is not a region/);
});
