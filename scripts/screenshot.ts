/**
 * Screenshots of built pages, for looking at what we build:
 *   node scripts/screenshot.ts /zh/p3/ /en/p3/#p3-4   (writes screenshots/*.png at 390 and 1280 wide)
 * Serves dist/ itself; --dark for the dark scheme.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { serve } from './serve.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/support/chromium.ts';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const paths = args.filter((a) => a.startsWith('/'));
const server = await serve({ dir: 'dist', port: 4455, prefix: '/', csp: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
for (const path of paths) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({
      viewport: { width, height: width < 500 ? 844 : 900 },
      colorScheme: dark ? 'dark' : 'light',
    });
    await page.goto(`http://127.0.0.1:4455${path}`);
    const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_')}${width}${dark ? '_dark' : ''}.png`;
    await page.screenshot({ path: name, fullPage: !args.includes('--viewport') });
    console.log(name);
    await page.close();
  }
}
await browser.close();
server.close();
