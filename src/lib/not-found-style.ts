/**
 * The 404 page's style, carried inside the page. A host serves 404.html at whatever address was missing
 * (/a/b/c/), where a relative link to a sheet points at a file that is not there and a root-absolute one would
 * leave a copy under a prefix; so the page holds its stylesheet (src/styles/site/not-found.css) itself, minified,
 * in one <style> element,
 * and the Content-Security-Policy every page carries allows exactly that text by its SHA-256 (csp-meta.ts). Bundled
 * when asked for, as every sheet is (src/lib/stylesheets.ts), and again whenever one of its files has changed since,
 * so that under `astro dev` the page and the policy follow an edit, and can never disagree (the server reads the
 * policy from the built 404.html).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { bundleStylesheetFrom, NOT_FOUND_SHEET } from './stylesheets.ts';

let kept: { css: string; hash: string; inputs: string[]; stamp: string } | undefined;

/** When each file was last changed; a file gone makes a stamp no bundle has. */
const stampOf = (files: string[]) =>
  files.map((file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 'gone').join();

function current() {
  if (!kept || stampOf(kept.inputs) !== kept.stamp) {
    const { css, inputs } = bundleStylesheetFrom(NOT_FOUND_SHEET);
    const text = css.trim();
    const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    kept = { css: text, hash, inputs, stamp: stampOf(inputs) };
  }
  return kept;
}

/** The 404 page's stylesheet, as readers download it. */
export const notFoundStyle = (): string => current().css;

/** The CSP source that allows that one <style> element and no other inline style. */
export const notFoundStyleHash = (): string => current().hash;
