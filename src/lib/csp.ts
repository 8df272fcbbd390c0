/**
 * The site's Content-Security-Policy, in one place: every page carries it in a <meta> (so that any static host and
 * file:// get it) and serve/serve.ts sends it as a header. No inline script, and no inline style but the one the
 * 404 page carries (allowed by its hash, see not-found-style.ts); nothing from another origin, no plugins, no
 * <base>; forms only to the site itself.
 */
import { NOT_FOUND_STYLE_HASH } from './not-found-style.ts';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${NOT_FOUND_STYLE_HASH}`,
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** For <meta http-equiv="Content-Security-Policy">, which cannot carry frame-ancestors (browsers ignore it there). */
export const CSP_META = DIRECTIVES.join('; ');

/** For the HTTP header: the same, and no framing by other sites. */
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
