/**
 * The gates can fail: on a small site made broken on purpose, each gate names the fault it exists for.
 * (A gate that passes the real site proves something only if it would have caught this.)
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../serve/serve.ts';
import { crawl } from '../support/crawl.ts';
import { axeViolations, projectValidator, watch } from '../support/gates.ts';

const PAGE = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title>
<link rel="stylesheet" href="missing.css"></head><body><main><h1>Broken</h1>${body}</main></body></html>`;

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-broken-'));
  writeFileSync(
    join(dir, 'index.html'),
    PAGE(`<p><a href="b.html#nowhere">anchor that is not there</a> <a href="gone.html">missing page</a>
    <a href="../../outside.html">above the copy</a></p><img src="b.svg"><p>${'x'.repeat(400)}</p>
    <script>document.title = 'inline';</script><img src="http://localhost:9/foreign.png" alt="">`),
  );
  writeFileSync(join(dir, 'b.html'), PAGE('<p style="color: red">B</p>'));
  writeFileSync(join(dir, 'b.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
  writeFileSync(join(dir, '404.html'), PAGE('<p>Not found</p>'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function site(csp: boolean) {
  const server = await serve({ dir, port: 0, prefix: '/deep/copy/', csp });
  return { root: `http://127.0.0.1:${(server.address() as AddressInfo).port}/deep/copy/`, close: () => server.close() };
}

test('the crawl names broken anchors, missing pages and assets, and links that leave the copy', async ({ context }) => {
  const broken = await site(true);
  try {
    const report = await crawl(context, broken.root, broken.root);
    const faults = report.faults.join('\n');
    expect(faults).toContain('broken anchor /b.html#nowhere');
    expect(faults).toMatch(/HTTP 404: .*\/deep\/copy\/gone\.html/);
    expect(faults).toMatch(/link outside the copy: .*\/outside\.html/);
    expect(faults).toMatch(/missing: .*\/deep\/copy\/missing\.css/);
    expect(faults).toMatch(/asset outside the copy: http:\/\/localhost:9\/foreign\.png/);
  } finally {
    broken.close();
  }
});

test('the browser gates name CSP violations, foreign requests, axe violations and horizontal scrolling', async ({
  page,
}) => {
  const strict = await site(true);
  const open = await site(false);
  try {
    await page.setViewportSize({ width: 320, height: 720 });
    let faults = await watch(page, new URL(strict.root).origin);
    await page.goto(strict.root);
    expect((await faults()).join('\n')).toMatch(/CSP violation: script-src-elem blocked inline/);
    faults = await watch(page, new URL(open.root).origin);
    await page.goto(open.root);
    expect((await faults()).join('\n')).toContain('foreign request: http://localhost:9/foreign.png');
    expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt /m);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(
      true,
    );
  } finally {
    strict.close();
    open.close();
  }
});

test('html-validate with the project configuration names the faults', async () => {
  const report = await projectValidator().validateFile(join(dir, 'index.html'));
  const styled = await projectValidator().validateFile(join(dir, 'b.html'));
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(rules).toContain('wcag/h37'); // an image without alt
  expect(styled.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('no-inline-style');
});
