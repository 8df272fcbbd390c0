/**
 * The 404 page's style, carried inside the page. A host serves 404.html at whatever address was missing
 * (/a/b/c/), where a relative link to site.css points at a file that is not there and a root-absolute one would
 * leave a copy under a prefix; so the page holds the site's stylesheet itself, minified (without its print layer), in one <style> element,
 * and the Content-Security-Policy allows exactly that text by its SHA-256 (csp-meta.ts). Bundled at build time, as
 * every sheet is (src/lib/stylesheets.ts), so the page and the policy can never disagree (the server reads the
 * policy from the built 404.html).
 */
import { createHash } from 'node:crypto';
import { bundleStylesheet } from './stylesheets.ts';
import { withoutLayer } from './css-purge.ts';

/** The site's stylesheet, as readers download it, without what only paper needs: nobody prints a missing page. */
export const NOT_FOUND_STYLE = withoutLayer(bundleStylesheet('site.css'), 'print').trim();

/** The CSP source that allows that one <style> element and no other inline style. */
export const NOT_FOUND_STYLE_HASH = `'sha256-${createHash('sha256').update(NOT_FOUND_STYLE).digest('base64')}'`;
