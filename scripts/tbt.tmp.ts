import { chromium } from '@playwright/test';
import { serve } from './serve.ts';
const server = await serve({ dir: '/work/main/dist', port: 4477, prefix: '/', csp: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of (process.argv[2] ?? '/zh/p3/,/zh/,/zh/full/,/zh/regions/').split(',')) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    (window as any).__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:4477${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const lt = await page.evaluate(() => (window as any).__lt);
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x: any) => [x.name, x.value]));
  console.log(path, 'longtasks', lt, 'script', (m.ScriptDuration*1000).toFixed(0), 'layout', (m.LayoutDuration*1000).toFixed(0), 'style', (m.RecalcStyleDuration*1000).toFixed(0));
  await ctx.close();
}
await browser.close(); server.close();
