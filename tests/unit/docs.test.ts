/**
 * Docs that stay true: every file or folder the README and docs/ name in `code` exists, every `npm run` script they
 * name is in package.json, every npm package they list as a dependency is declared, every declared package and every
 * override is explained, and ARCHITECTURE's folder list names every folder of src/lib/. Placeholders ({locale},
 * {id}, <id>…) stand for a family of paths: the part before them must exist.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((n) => n.endsWith('.md'))
    .map((n) => `docs/${n}`),
];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides?: Record<string, string>;
};
/** Where the project's own files live: a `code` span starting with one of these names a path. */
const ROOTS =
  /^(src|tests|build|serve|bench|tools|integrations|docs|public|source|\.ci)\/|^(README\.md|package\.json|astro\.config\.mjs|playwright\.config\.ts|eslint\.config\.js|tsconfig\.json)$/;

/** The `code` spans of a Markdown text, fenced blocks left out. */
const spans = (text: string) =>
  [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim());

test('every file and folder the docs name exists', () => {
  const missing: string[] = [];
  for (const doc of DOCS)
    for (const span of spans(readFileSync(doc, 'utf8'))) {
      const path = span.replace(/[:#].*$/, '').replace(/\/$/, '');
      if (!ROOTS.test(path) || /\s/.test(path)) continue;
      // A placeholder stands for a family: the part before it must exist.
      const at = path.search(/[{<*]/);
      const fixed = at < 0 ? path : path.slice(0, path.lastIndexOf('/', at));
      if (!existsSync(fixed || '.')) missing.push(`${doc}: ${span}`);
    }
  assert.deepEqual(missing, []);
});

test('every npm script the docs name is in package.json', () => {
  const missing: string[] = [];
  for (const doc of DOCS)
    for (const [, name] of readFileSync(doc, 'utf8').matchAll(/npm run ([\w-]+(?::[\w-]+)?)/g))
      if (!pkg.scripts[name!]) missing.push(`${doc}: npm run ${name}`);
  for (const name of ['test', 'start']) assert.ok(pkg.scripts[name], `npm ${name}`);
  assert.deepEqual(missing, []);
});

test('every package the dependency table lists is declared, and every declared package is explained', () => {
  const table = readFileSync('docs/CONTRIBUTING.md', 'utf8');
  const rows = table.split('\n').filter((l) => l.startsWith('| ') && !/^\| (package|---)/.test(l));
  const listed = new Set(
    rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/(@?[a-z0-9][\w./-]*(?:\/[\w.-]+)?)/g)].map((m) => m[1]!)),
  );
  const declared = Object.keys(pkg.devDependencies);
  assert.deepEqual(
    declared.filter((name) => !listed.has(name) && !listed.has(name.replace(/^@types\//, ''))),
    [],
    'declared but not explained in docs/CONTRIBUTING.md',
  );
  // A version held by `overrides` needs its reason as much as a dependency does, and its row says it is an override.
  assert.deepEqual(
    Object.keys(pkg.overrides ?? {}).filter(
      (name) => !rows.some((row) => row.startsWith(`| ${name} (an override`) && row.includes('`overrides`')),
    ),
    [],
    'held in package.json overrides but not explained in docs/CONTRIBUTING.md ("| name (an override, version) | why |")',
  );
});

test('ARCHITECTURE’s folder list names every folder of src/lib/', () => {
  const architecture = readFileSync('docs/ARCHITECTURE.md', 'utf8');
  const list = /## Folders\n```\n([\s\S]*?)```/.exec(architecture)?.[1] ?? '';
  assert.ok(list, 'docs/ARCHITECTURE.md has a "## Folders" section with the folder list in a fenced block');
  const named = new Set([...list.matchAll(/^(src\/lib\/[\w-]+\/)/gm)].map((m) => m[1]));
  const folders = readdirSync('src/lib', { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `src/lib/${e.name}/`);
  assert.deepEqual(
    folders.filter((f) => !named.has(f)),
    [],
    'a folder of src/lib/ missing from the folder list in docs/ARCHITECTURE.md',
  );
});

test('no code or doc cites this project’s issue tracker: it says the reason itself', () => {
  const files = execSync('git ls-files', { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|astro|md|css|mjs|js|json|yaml)$/.test(f) && !f.endsWith('package-lock.json'));
  const citing = files.filter((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .some((line) => /\bissues? \d+\b|\bissue #?\d+/i.test(line) && !/pagefind's issues/.test(line)),
  );
  assert.deepEqual(citing, []);
});
