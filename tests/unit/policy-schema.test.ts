/**
 * /data/policy.schema.json describes /data/policy.json: the built data validates against it with a real JSON Schema
 * 2020-12 validator (Ajv), broken copies do not, and every field carries a description. Reads dist/: build first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const DATA = 'dist/data/policy.json';
const SCHEMA = 'dist/data/policy.schema.json';
if (!existsSync(DATA) || !existsSync(SCHEMA))
  throw new Error(`${DATA} or ${SCHEMA} is missing: run \`npm run build\` first.`);
const data = JSON.parse(readFileSync(DATA, 'utf8'));
const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
// strict: an unknown keyword or a keyword on the wrong type is an error in the schema, not a silent no-op.
const validator = new Ajv2020({ allErrors: true, strict: true, strictTypes: true, logger: false }).compile(schema);
// A plain boolean, not Ajv's type guard, so that checking a copy does not narrow the data's type.
const validate = (value: unknown): boolean => validator(value);
const errors = () => (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

test('the built policy.json is valid against policy.schema.json, which it names in $schema', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(validate(data), errors().join('\n'));
  // $schema is relative to the data file; resolved, it is the schema file beside it.
  assert.equal(
    new URL(data.$schema, 'https://example.org/x/data/policy.json').href,
    'https://example.org/x/data/policy.schema.json',
  );
});

/** A deep copy of the data with one thing broken. */
const broken = (change: (d: typeof data) => void) => {
  const copy = structuredClone(data);
  change(copy);
  return copy;
};

const heading = (d: typeof data) => d.items.find((i: { source: string }) => i.source === 'heading-only');
const breakages: [string, (d: typeof data) => void, RegExp][] = [
  [
    'an item without its heading',
    (d) => delete d.items[3].heading,
    /^\/items\/3 must have required property 'heading'/,
  ],
  ['a part number given as text', (d) => (d.parts[2].part = '3'), /^\/parts\/2\/part must be integer/],
  [
    'text for an item the source gives only as a heading',
    (d) => (heading(d).body = { zh: '编造', en: 'invented' }),
    /\/body must be null/,
  ],
  [
    'sentences for an item the source gives only as a heading',
    (d) => (heading(d).sentences = d.items[3].sentences),
    /\/sentences must NOT have more than 0 items/,
  ],
  [
    'a page for part 二, which the source lacks',
    (d) => (d.parts[1].url = { zh: '../zh/p2/index.html', en: '../en/p2/index.html' }),
    /^\/parts\/1\/url must be null/,
  ],
  [
    'an absolute URL',
    (d) => (d.items[3].url.en = 'https://example.org/en/p3/#p3-4'),
    /^\/items\/3\/url\/en must match pattern/,
  ],
  [
    'a root-relative URL',
    (d) => (d.glossary[0].url.zh = '/zh/glossary/'),
    /^\/glossary\/0\/url\/zh must match pattern/,
  ],
  [
    'a sentence without its anchor, or with one of another grammar',
    (d) => (d.items[3].sentences[0].id = 'p3-4.1'),
    /^\/items\/3\/sentences\/0\/id must match pattern/,
  ],
  [
    'a sentence missing a language',
    (d) => delete d.items[3].sentences[0].text.en,
    /^\/items\/3\/sentences\/0\/text must have required property 'en'/,
  ],
  [
    'an addressee of an unknown kind',
    (d) => (d.items[3].sentences[0].addressee.kind = 'everyone'),
    /^\/items\/3\/sentences\/0\/addressee\/kind must be equal to one of the allowed values/,
  ],
  [
    'an unknown source status',
    (d) => (d.parts[0].source = 'partial'),
    /^\/parts\/0\/source must be equal to one of the allowed values/,
  ],
  [
    'a field the schema does not describe',
    (d) => (d.source.date = '2020-02-20'),
    /^\/source must NOT have additional properties/,
  ],
  ['a malformed checksum', (d) => (d.source.sha256 = 'abc'), /^\/source\/sha256 must match pattern/],
  ['another format version', (d) => (d.schema = 'policy.json/2'), /^\/schema must be equal to constant/],
];
for (const [what, change, expected] of breakages) {
  test(`a copy with ${what} is rejected`, () => {
    assert.equal(validate(broken(change)), false, `accepted ${what}`);
    assert.ok(
      errors().some((e) => expected.test(e)),
      `expected ${expected}, got:\n${errors().join('\n')}`,
    );
  });
}

test('every field in the schema says what it holds', () => {
  const undescribed: string[] = [];
  type Node = Record<string, unknown> & { description?: string };
  const walk = (node: Node, path: string) => {
    for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      if (!child.description) undescribed.push(`${path}.${name}`);
      walk(child, `${path}.${name}`);
    }
    if (node.items) walk(node.items as Node, `${path}[]`);
    for (const [i, branch] of [...((node.anyOf ?? []) as Node[]), ...((node.oneOf ?? []) as Node[])].entries())
      walk(branch, `${path}|${i}`);
  };
  walk(schema, '');
  assert.deepEqual(undescribed, []);
  // Who each sentence binds is in the data: 四（三）'s three sentences, as the outline states them.
  const p43 = data.items.find((i: { id: string }) => i.id === 'p4-3');
  assert.deepEqual(
    p43.sentences.map((s: { id: string; addressee: { kind: string; regions: string[]; open: boolean } }) => [
      s.id,
      s.addressee.kind,
      s.addressee.regions,
      s.addressee.open,
    ]),
    [
      ['p4-3-1', 'all-levels', [], false],
      ['p4-3-2', 'all-leagues', [], false],
      ['p4-3-3', 'named', ['hohhot', 'baotou', 'chifeng'], true],
    ],
  );
  // And every field the data has is one the schema names (additionalProperties: false throughout is checked above).
  assert.deepEqual(Object.keys(data).sort(), Object.keys(schema.properties).sort());
});
