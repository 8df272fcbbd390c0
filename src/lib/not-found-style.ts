/**
 * The 404 page's style, carried inside the page. A host serves 404.html at whatever address was missing
 * (/a/b/c/), where a relative link to site.css points at a file that is not there and a root-absolute one would
 * leave a copy under a prefix; so the page holds the site's stylesheet itself, minified, in one <style> element,
 * and the Content-Security-Policy allows exactly that text by its SHA-256 (csp-meta.ts). Read from public/ at build
 * time so the page and the policy can never disagree (the server reads the policy from the built 404.html).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

const SHEET = 'public/site.css';

/** How the build minifies public/'s stylesheets (integrations/minify-css.ts), and so this copy of site.css. */
export const CSS_MINIFY = { loader: 'css', minify: true, target: 'es2022' } as const;

/** The site's stylesheet, minified as the build minifies it. */
export const NOT_FOUND_STYLE = transformSync(readFileSync(SHEET, 'utf8'), {
  ...CSS_MINIFY,
  sourcefile: SHEET,
}).code.trim();

/** The CSP source that allows that one <style> element and no other inline style. */
export const NOT_FOUND_STYLE_HASH = `'sha256-${createHash('sha256').update(NOT_FOUND_STYLE).digest('base64')}'`;
