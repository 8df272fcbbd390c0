/**
 * The site's Content-Security-Policy, in one place: every page carries it in a <meta> (so that any static host and
 * file:// get it) and serve/serve.ts sends it as a header. No inline script, and no inline style but the one the
 * 404 page carries (allowed by its hash, see csp-meta.ts); nothing from another origin, no plugins, no <base>;
 * forms only to the site itself. This module imports nothing, so that the server can use it without building the
 * 404 page's style (which needs esbuild and src/styles/).
 */

/** The directives, allowing the inline styles whose CSP hash sources are given ('sha256-…'), and no other. */
export const directives = (styleHashes: string[] = []) => [
  "default-src 'self'",
  "script-src 'self'",
  ["style-src 'self'", ...styleHashes].join(' '),
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** What only a header can say (browsers ignore frame-ancestors in a <meta>): no framing by other sites. */
export const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * The header the server sends with every answer but the 404 page (which gets the policy of its own <meta>): the
 * pages' policy without the 404 page's style hash, since no other page has an inline style.
 */
export const CSP_HEADER = [...directives(), HEADER_ONLY].join('; ');
