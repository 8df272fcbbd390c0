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

export default [
  { ignores: ['dist/', '.dist-*/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'src/env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  {
    files: ['src/**', 'integrations/**', 'build/**', 'serve/**', 'bench/**', 'tools/**', 'tests/**'],
    ignores: [
      'src/i18n/locales.ts',
      // restructured separately
      'tests/e2e/gates.spec.ts',
      'tests/e2e/budget.spec.ts',
      'tests/e2e/slow-connection.spec.ts',
      'tests/e2e/typesetting.spec.ts',
      'tests/e2e/reader.spec.ts',
    ],
    rules: languageRule,
  },
];
