// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, over all code; and the rule
// that keeps the languages in one table (src/i18n/locales.ts): no code compares with a literal language code, not
// even a test, which would otherwise skip a language added to the table.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { locales } from './src/i18n/locales.ts';

const code = `/^(${locales.join('|')})$/`;
const languageRule = {
  'no-restricted-syntax': [
    'error',
    {
      selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=${code}]`,
      message:
        'Ask the locale table (src/i18n/locales.ts: isSource, spec(locale), counterpartOf…) instead of comparing with a language code.',
    },
    {
      selector: `SwitchCase > Literal[value=${code}]`,
      message: 'Ask the locale table (src/i18n/locales.ts) instead of switching on a language code.',
    },
  ],
};

/**
 * The layers (docs/ARCHITECTURE.md, "Imports go one way"): a folder may not import the folders named for it. A relative
 * import's path names the folder it reaches at the repository's top, after its ../ steps.
 */
const layer = (folders, why) => ({
  'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: why }] }],
});
const layers = [
  {
    files: ['src/**'],
    rules: layer(
      ['integrations', 'build', 'serve', 'bench', 'tools', 'tests'],
      'src/ is the site: it imports only src/ (the build, the server, the bench, the tools and the tests import it).',
    ),
  },
  {
    files: ['integrations/**', 'build/**', 'serve/**'],
    rules: layer(
      ['bench', 'tools', 'tests'],
      'The build and the server import src/ (and each other), never the bench, the tools or the tests.',
    ),
  },
  {
    files: ['bench/**', 'tools/**', '*.ts', '*.js', '*.mjs'],
    rules: layer(['tests'], 'Nothing imports tests/: move what both need to src/, build/, bench/ or tools/.'),
  },
];

export default [
  { ignores: ['dist/', '.dist-*/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'src/env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  {
    files: ['src/**', 'integrations/**', 'build/**', 'serve/**', 'bench/**', 'tools/**', 'tests/**'],
    ignores: ['src/i18n/locales.ts'],
    rules: languageRule,
  },
  ...layers,
];
