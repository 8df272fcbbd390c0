/**
 * `npm run screenshots`: the two pictures the README shows, from the built site:
 *   docs/screenshot-zh-phone.png    a Chinese part page on a phone (390 × 844)
 *   docs/screenshot-en-desktop.png  an English part page on a desktop (1280 × 800), the navigator marking the item read
 * Viewport-sized at device scale 1, so the files stay small.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { serve } from '../serve/serve.ts';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.ts';

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run `npm run build` first (`npm run screenshots` does).');
  process.exit(1);
}
const shots = [
  { file: 'docs/screenshot-zh-phone.png', path: '/zh/p4/', viewport: { width: 390, height: 844 } },
  { file: 'docs/screenshot-en-desktop.png', path: '/en/p3/#p3-4', viewport: { width: 1280, height: 800 } },
];
const port = 4456;
const server = await serve({ dir: 'dist', port, prefix: '/', csp: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: 'light', deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}${shot.path}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300); // the navigator's marking follows the first intersection callback
    await page.screenshot({ path: shot.file });
    console.log(shot.file);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
