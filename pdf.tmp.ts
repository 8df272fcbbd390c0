import { chromium } from '@playwright/test';
import { testBrowserPath, CHROMIUM_ARGS } from './tools/chromium.ts';
const b = await chromium.launch({ executablePath: testBrowserPath(), args: CHROMIUM_ARGS });
const p = await b.newPage();
for (const path of process.argv.slice(2)) {
  await p.goto('http://127.0.0.1:4392' + path);
  await p.pdf({ path: `/tmp/pn${path.replaceAll('/', '_')}.pdf`, format: 'A4', preferCSSPageSize: true });
}
await b.close();
