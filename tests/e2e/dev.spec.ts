/**
 * `npm run dev`, as an editor uses it: the pages render from the sources with their styles and their scripts, so
 * search, the navigator and the item tools work while editing, without a build.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { query } from '../support/search-ui.ts';

const port = Number(process.env.TEST_PORT ?? 4321) + 57;
let dev: ChildProcess;

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000); // the dev server compiles each page on its first request

test.beforeAll(async () => {
  dev = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true, // its own process group, so that npm and the astro it starts stop together
  });
  let said = '';
  await new Promise<void>((ready, fail) => {
    dev.stdout!.on('data', (chunk: Buffer) => {
      said += chunk;
      if (said.includes(`localhost:${port}`)) ready();
    });
    dev.on('exit', (code) => fail(new Error(`npm run dev exited with ${code}:\n${said}`)));
  });
});

test.afterAll(() => {
  process.kill(-dev.pid!);
});

test('a part page under npm run dev: styled, its navigator, tools and search working, no script errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setViewportSize({ width: 390, height: 800 }); // a phone: the navigator opens from the contents bar
  // The first page asked of a fresh dev server may make Vite prepare the dependencies it found and reload the page
  // once, as an editor's first page does; the page is read after that.
  await page.goto(`http://localhost:${port}/zh/p3/`);
  await page.waitForLoadState('networkidle');
  await page.goto(`http://localhost:${port}/zh/p3/`);
  await expect(page.locator('h1')).toBeVisible();
  // The stylesheet applies: the site's header is laid out, not a list of bare links.
  expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).not.toBe('inline');
  // The navigator opens from its control.
  await page.locator('.contents-bar-open').click();
  await expect(page.locator('#doc-nav')).toBeVisible();
  await page.keyboard.press('Escape');
  // Search finds the item that treats resumption of work and production.
  await page.goto(`http://localhost:${port}/zh/search/`);
  expect(await query(page, '复工复产')).toContain('p3-4');
  expect(errors).toEqual([]);
});
