/**
 * Nothing moves while a page arrives slowly. A proxy in front of the test server delivers each page's HTML
 * as a slow connection does: everything up to the text (<main>) at once, then the text one block at a time (a heading,
 * a paragraph, a row of tools, a list item), each only once the browser has painted what it has, until the
 * screen is full; then the rest. What is on screen must not move when more arrives. Within a paragraph, lines
 * may still rewrap as its last words come, as text does everywhere; what this test guards is the page's frame.
 * (The budget test loads pages whole. This one found the side-by-side pages widening their header once their
 * text had come, and a region's first local measure moving its number down as its heading arrived.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import { readLayoutShift } from '../../bench/weight.ts';
import { DESKTOP, LOCALES, PHONE } from '../support/site.ts';

const KINDS = ['', 'p3/', 'p3/bilingual/', 'full/', 'glossary/', 'regions/', 'regions/alxa/', 'search/', 'about/'];

let proxy: Server;
let origin: string;
/** Where a block begins: each piece of text ends just before one. */
const BLOCK = /<(?:p|li|ol|ul|dl|dt|dd|div|section|article|nav|footer|h[1-6]|table|tr|figure|details|form)[\s>]/g;
/**
 * Sends the next piece of the page being loaded (or, with `all`, the rest), and says whether more is held
 * back; each worker has its own proxy and loads one page at a time.
 */
let release = (all?: boolean): boolean => Boolean(all);

test.beforeAll(async ({ baseURL }) => {
  proxy = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', baseURL), { redirect: 'manual' });
      const headers = Object.fromEntries(
        [...upstream.headers].filter(([name]) => !['content-length', 'content-encoding'].includes(name)),
      );
      response.writeHead(upstream.status, headers);
      const body = Buffer.from(await upstream.arrayBuffer());
      // Up to the end of <main>'s start tag: pages paint nothing before it (the header is read whole first).
      const main = (upstream.headers.get('content-type') ?? '').includes('text/html') ? body.indexOf('<main') : -1;
      const split = main < 0 ? -1 : body.indexOf('>', main) + 1;
      if (split < 0) return response.end(body);
      response.write(body.subarray(0, split));
      // Markup is ASCII: found in the text read one character per byte, blocks begin where they do in the bytes.
      const ends = [...body.toString('latin1').matchAll(BLOCK)].map((block) => block.index).filter((at) => at > split);
      let sent = split;
      release = (all) => {
        const end = (all ? undefined : ends.shift()) ?? body.length;
        response.write(body.subarray(sent, end));
        sent = end;
        if (sent < body.length) return true;
        response.end();
        return false;
      };
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
          // What has come is painted before more comes: two frames after it is shown.
          const painted = () =>
            page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          await page.locator('header').first().waitFor();
          await painted();
          expect(await page.locator('main > *').count(), 'the text is held back until the header is painted').toBe(0);
          // Block by block until the last one to come begins below the screen, then the rest. Each piece begins with an
          // element, so the document has grown once the parser has taken it in.
          const state = () =>
            page.evaluate(() => ({
              length: document.documentElement.innerHTML.length,
              full: (() => {
                let last: Element | null = document.querySelector('main');
                while (last?.lastElementChild) last = last.lastElementChild;
                return (last?.getBoundingClientRect().top ?? 0) > innerHeight;
              })(),
            }));
          for (let more = true; more;) {
            const { length, full } = await state();
            more = release(full);
            if (more) await page.waitForFunction((n) => document.documentElement.innerHTML.length > n, length);
            await painted();
          }
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const { cls, moved } = await page.evaluate(readLayoutShift);
          expect(cls, `layout shift while the text arrived; moved: ${moved.join(', ')}`).toBe(0);
        });
      }
    }
  });
}
