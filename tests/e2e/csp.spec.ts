/**
 * The strict Content-Security-Policy travels with every page, in a <meta>, so that any static host and a copy opened
 * from disk enforce it; the site's own scripts still run under it from file://, and an inline script is refused.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtPages } from '../../tools/built-pages.ts';
import { watch } from '../support/gates.ts';
import { createHash } from 'node:crypto';
import { CSP_HEADER } from '../../src/lib/csp.ts';
import { cspMeta } from '../../src/lib/csp-meta.ts';

const CSP_META = cspMeta();

const file = (page: string) => join('dist', page.endsWith('/') ? `${page}index.html` : page);

test('every built page carries the strict policy in a <meta>, before any script or stylesheet', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(40);
  for (const page of pages) {
    const head = readFileSync(file(page), 'utf8').split('</head>')[0]!;
    const metas = [...head.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) =>
      m[1]!.replaceAll('&#39;', "'"),
    );
    expect(metas, page).toEqual([CSP_META]);
    expect(head.indexOf('Content-Security-Policy'), page).toBeLessThan(head.search(/<(script|link)\b/));
  }
  expect(CSP_META).not.toMatch(/unsafe|wasm|\*|https?:/);
  // One inline style in the whole site, the 404 page's, and the policy allows exactly that text by its hash.
  const styles = pages.flatMap((page) =>
    [...readFileSync(file(page), 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => ({ page, text: m[1]! })),
  );
  expect(styles.map((s) => s.page)).toEqual(['/404.html']);
  const hash = createHash('sha256').update(styles[0]!.text).digest('base64');
  expect(CSP_META).toContain(`style-src 'self' 'sha256-${hash}'`);
  // The server's header is the same policy without that hash (no other page has an inline style); the 404 answer
  // gets its own page's policy (tests/unit/serve.test.ts).
  expect(CSP_HEADER).toBe(`${CSP_META.replace(` 'sha256-${hash}'`, '')}; frame-ancestors 'none'`);
});

test("from disk (file://) the policy holds: the site's scripts run, an injected inline script is refused", async ({
  page,
}) => {
  const watched = await watch(page, 'null'); // a file: URL's origin is opaque, so "foreign request" means nothing here
  const faults = async () => (await watched()).filter((f) => !f.startsWith('foreign request: file:'));
  await page.goto(`${pathToFileURL(resolve('dist/en/search/index.html')).href}?q=resumption`);
  // The site's own scripts ran under the policy: search, loaded from disk on first use, shows results.
  await expect(page.locator('#search-results a').first()).toBeVisible();
  expect(await faults()).toEqual([]);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inline = "ran"';
    document.body.append(script);
  });
  expect(await page.locator('body').getAttribute('data-inline')).toBeNull();
  expect((await faults()).join('\n')).toMatch(/CSP violation: script-src-elem blocked inline/);
});
