/**
 * Nothing moves while a page arrives slowly. A proxy in front of the test server delivers each page's HTML
 * in two pieces, as a slow connection does: everything before <main> at once, the text only once the browser
 * has painted what it has. The header and the navigator are then on screen, and must not move when the text
 * arrives. (The budget test loads pages whole; this one found the side-by-side pages widening their header
 * once their text had come, which the budget test caught only now and then.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import { readLayoutShift } from '../../scripts/bench/weight.ts';
import { DESKTOP, LOCALES, PHONE } from '../support/site.ts';

const KINDS = ['', 'p3/', 'p3/bilingual/', 'full/', 'glossary/', 'regions/', 'regions/alxa/', 'search/', 'about/'];

let proxy: Server;
let origin: string;
/** Sends the held text of the page being loaded; each worker has its own proxy and loads one page at a time. */
let release = () => {};

test.beforeAll(async ({ baseURL }) => {
  proxy = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', baseURL), { redirect: 'manual' });
      const headers = Object.fromEntries(
        [...upstream.headers].filter(([name]) => !['content-length', 'content-encoding'].includes(name)),
      );
      response.writeHead(upstream.status, headers);
      const body = Buffer.from(await upstream.arrayBuffer());
      const split = (upstream.headers.get('content-type') ?? '').includes('text/html') ? body.indexOf('<main') : -1;
      if (split < 0) return response.end(body);
      response.write(body.subarray(0, split));
      release = () => response.end(body.subarray(split));
    })().catch((error: unknown) => {
      response.destroy(error as Error);
    });
  });
  await new Promise<void>((ready) => proxy.listen(0, '127.0.0.1', ready));
  origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((closed) => proxy.close(() => closed())));

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`${viewport.width}px`, () => {
    test.use({ viewport });
    for (const locale of LOCALES) {
      for (const kind of KINDS) {
        const path = `/${locale}/${kind}`;
        test(`${path} does not move while its text arrives`, async ({ page }) => {
          await page.goto(origin + path, { waitUntil: 'commit' });
          // What has come is painted before the text comes: two frames after the header is shown.
          await page.locator('header').first().waitFor();
          await page.evaluate(
            () => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
          );
          expect(await page.locator('main').count(), 'the text is held back until the header is painted').toBe(0);
          release();
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const { cls, moved } = await page.evaluate(readLayoutShift);
          expect(cls, `layout shift while the text arrived; moved: ${moved.join(', ')}`).toBe(0);
        });
      }
    }
  });
}
