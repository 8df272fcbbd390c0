/**
 * Screenshots of the built site, for looking at what we build (the design reviews judge these):
 *   node tools/screenshot.ts [out-folder] [/zh/p3/ /en/p3/#p3-4 …]
 * Without paths, one page of every kind in every language. Each at 320, 390, 820 and 1280 px (WIDTHS=390,1280 to
 * choose), light and dark (dark at 390 and 1280 only), and in print at A4 width; viewport-sized unless FULL=1.
 * Serves dist/ itself (port SCREENSHOT_PORT, default 4466); writes to screenshots/ unless told.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { serve } from '../serve/serve.ts';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.ts';
import { locales, localeOfPath } from '../src/i18n/locales.ts';

const args = process.argv.slice(2);
/** A page of the site: the entry page, a page under a language's folder (/zh/, /en/), or a missing one (/nope/); any other argument is the
 * folder to write to. */
const isPage = (a: string) => a === '/' || a === '/nope/' || localeOfPath(a) !== undefined;
const out = args.find((a) => !isPage(a)) ?? 'screenshots';
const given = args.filter(isPage);
const kinds = ['', 'p3/', 'p3/#p3-4', 'p3/bilingual/', 'full/', 'glossary/', 'regions/', 'regions/hohhot/'];
const more = ['regions/wuhai/', 'about/', 'search/?q=复工复产', 'changes/'];
const pages = given.length
  ? given
  : ['/', ...locales.flatMap((l) => [...kinds, ...more].map((p) => `/${l}/${p}`)), '/nope/'];
const widths = (process.env.WIDTHS ?? '320,390,820,1280').split(',').map(Number);
const port = Number(process.env.SCREENSHOT_PORT ?? 4466);
mkdirSync(out, { recursive: true });
const server = await serve({ dir: 'dist', port, prefix: '/', csp: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const path of pages) {
  const name = path.replace(/[^a-z0-9]+/gi, '_');
  for (const width of widths)
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark' && (width === 320 || width === 820)) continue;
      const page = await browser.newPage({
        viewport: { width, height: width < 500 ? 844 : 900 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await page.waitForTimeout(300); // the navigator's marking follows the first intersection callback
      await page.screenshot({ path: `${out}/${name}${width}_${scheme}.png`, fullPage: process.env.FULL === '1' });
      if (width === widths.at(-1) && scheme === 'light' && !path.includes('#')) {
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.screenshot({ path: `${out}/${name}print.png` });
      }
      await page.close();
    }
  console.log(path);
}
await browser.close();
server.close();
