/**
 * In a text browser (w3m, which ignores CSS and script, installed by .ci/run), in both languages: a reader meets the
 * page's heading right after the header's links and the reading bar, within the first screen, and the search
 * dialog's form only after the text.
 */
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { LOCALES } from '../support/site.ts';

const HEADING = { zh: '三、工作措施', en: 'III. Measures' } as const;
const LAST_ITEM = { zh: '引导稳定市场预期', en: 'Guide and stabilize market expectations' } as const;
const SEARCH_LABEL = { zh: '搜索本文', en: 'Search the text' } as const;

for (const locale of LOCALES)
  test(`${locale}: w3m shows the heading within the first screen, and the search form after the text`, async () => {
    const which = await promisify(execFile)('w3m', ['-version']).catch((error) => error);
    expect(which.code ?? 0, 'w3m is not installed: apt-get install -y w3m (.ci/run does this)').toBe(0);
    const { stdout } = await promisify(execFile)('w3m', ['-dump', '-cols', '80', `dist/${locale}/p3/index.html`]);
    const lines = stdout.split('\n');
    const at = (text: string) => lines.findIndex((line) => line.trim() === text || line.includes(text));
    const heading = lines.findIndex((line) => line.trim() === HEADING[locale]);
    expect(heading, stdout.slice(0, 2000)).toBeGreaterThan(0);
    expect(heading, 'lines before the heading').toBeLessThanOrEqual(24);
    expect(at(SEARCH_LABEL[locale]), 'the search form comes after the last item').toBeGreaterThan(
      at(LAST_ITEM[locale]),
    );
  });
