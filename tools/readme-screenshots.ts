/**
 * `npm run screenshots`: the pictures the README shows, from the built site:
 *   docs/screenshot-zh-phone.png         a Chinese part page on a phone (390 × 844)
 *   docs/screenshot-en-desktop.png       an English part page on a desktop (1280 × 800), the navigator marking the item read
 *   docs/screenshot-en-side-by-side.png  an English part side by side with the Chinese, on a desktop (1280 × 800)
 *   docs/screenshot-zh-print.png         a Chinese part page printed: the first A4 sheet as Chromium prints it (print
 *                                        media at A4's width, within the sheet's margins), at 96 dpi
 * Viewport-sized at device scale 1, so the files stay small.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { serve } from '../serve/serve.ts';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.ts';

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run `npm run build` first (`npm run screenshots` does).');
  process.exit(1);
}
/** A4 at 96 dpi, and the margins site.css gives the printed sheet (@page { margin: 18mm 16mm }). */
const A4 = { width: 794, height: 1123 };
const printed = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => {
    document.documentElement.style.setProperty('background', '#fff');
    document.body.style.setProperty('padding', '18mm 16mm');
    dispatchEvent(new Event('beforeprint'));
  });
};
const shots: { file: string; path: string; viewport: { width: number; height: number }; print?: boolean }[] = [
  { file: 'docs/screenshot-zh-phone.png', path: '/zh/p4/', viewport: { width: 390, height: 844 } },
  { file: 'docs/screenshot-en-desktop.png', path: '/en/p3/#p3-4', viewport: { width: 1280, height: 800 } },
  { file: 'docs/screenshot-en-side-by-side.png', path: '/en/p4/bilingual/', viewport: { width: 1280, height: 800 } },
  { file: 'docs/screenshot-zh-print.png', path: '/zh/p3/', viewport: A4, print: true },
];
const port = 4456;
const server = await serve({ dir: 'dist', port, prefix: '/', csp: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: 'light', deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}${shot.path}`);
    await page.waitForLoadState('load');
    if (shot.print) await printed(page);
    await page.waitForTimeout(300); // the navigator's marking follows the first intersection callback
    await page.screenshot({ path: shot.file });
    console.log(shot.file);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
