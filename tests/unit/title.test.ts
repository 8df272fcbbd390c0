/**
 * The English title is written in three places (the document's entry, the preamble that cites it, the About page);
 * a revision of it must reach all three, or pages would name the document two ways.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(path, 'utf8');

test('the English title reads the same in the document entry, the preamble and the About page', () => {
  const [entry] = Object.values(parse(read('src/content/documents.yaml')) as Record<string, { title: { en: string } }>);
  const title = entry!.title.en;
  assert.match(read('src/content/policy/en/preamble.mdx'), new RegExp(`issued the \\*${title}\\*\\.`));
  assert.ok(
    read('src/content/about/en.mdx').includes(`(*${title}*)`),
    'About names the title as the document entry does',
  );
  assert.doesNotMatch(
    title,
    /classified/i,
    '"classified" reads as "secret" in English (see the glossary entry 分类指导)',
  );
});
