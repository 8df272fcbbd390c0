/** The built site as a mirror serves it: dist/ under a deep path of another host, with the strict CSP. */
import type { Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { serve } from '../../serve/serve.ts';

/** A deep path no host would have chosen for it, different on every run: /archive/policies/x7k2q9/nmg-2020/. */
export const randomPrefix = () =>
  `/${['archive', 'policies', Math.random().toString(36).slice(2, 8), 'nmg-2020'].join('/')}/`;

/** Serves dist/ under `prefix` (a random deep one unless given) on a free port, with the strict CSP. */
export async function mirrorServer(
  prefix = randomPrefix(),
): Promise<{ root: string; prefix: string; close: () => void }> {
  const server = await serve({ dir: 'dist', port: 0, prefix, csp: true });
  const { port } = server.address() as AddressInfo;
  return { root: `http://127.0.0.1:${port}${prefix}`, prefix, close: () => server.close() };
}

/**
 * What a page of the copy at `root` does that a mirror must not: each request outside the copy (but those `allowed`
 * matches) and each refusal by the content security policy, collected as the page runs.
 */
export function watchCopy(page: Page, root: string, allowed?: RegExp): { outside: string[]; refused: string[] } {
  const outside: string[] = [];
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(root) && !allowed?.test(r.url())) outside.push(r.url());
  });
  return { outside, refused };
}
