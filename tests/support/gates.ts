/** The browser-side quality gates, shared by the gates on the built site and the proof that they can fail. */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page as it is now. Legacy mode runs axe in the page itself: the default mode exists for
 * pages with frames from other origins (which this site never has), and finishes each run in a blank page it opens,
 * shipping every result across; on the full text that cost about 25 s against 5. Only violations come back.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}

/** Records what must never happen on a page: CSP violations, script errors, requests to another origin. */
export async function watch(page: Page, origin: string) {
  const faults: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) faults.push(`foreign request: ${r.url()}`);
  });
  page.on('pageerror', (e) => faults.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) faults.push(`CSP: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const record = ((window as unknown as { __csp: string[] }).__csp ??= []);
      record.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return async () => [
    ...faults,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).map(
      (v) => `CSP violation: ${v}`,
    ),
  ];
}

/** html-validate with the project's .htmlvalidate.json, wherever the file being checked lies. */
export function projectValidator(): HtmlValidate {
  return new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);
}
