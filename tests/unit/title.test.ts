/**
 * The English title is written in three places (the interface strings, the preamble that cites it, the About
 * page); a revision of it must reach all three, or pages would name the document two ways.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(path, 'utf8');

test('the English title reads the same in the interface strings, the preamble and the About page', () => {
  const title: string = JSON.parse(read('src/i18n/locales/en.json')).site.title;
  assert.match(read('src/content/policy/en/preamble.mdx'), new RegExp(`issued the \\*${title}\\*\\.`));
  assert.ok(read('src/content/about/en.mdx').includes(`(*${title}*)`), 'About names the title as en.json does');
  assert.doesNotMatch(
    title,
    /classified/i,
    '"classified" reads as "secret" in English (see the glossary entry 分类指导)',
  );
});
