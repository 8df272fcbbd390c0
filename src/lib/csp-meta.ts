/**
 * The policy every page carries in its <meta>: csp.ts's directives, allowing the 404 page's one inline style by its
 * hash (not-found-style.ts). Only the build imports this (the hash is computed from src/styles/site.css, bundled with esbuild).
 */
import { directives } from './csp.ts';
import { NOT_FOUND_STYLE_HASH } from './not-found-style.ts';

/** For <meta http-equiv="Content-Security-Policy">, which cannot carry frame-ancestors (browsers ignore it there). */
export const CSP_META = directives([NOT_FOUND_STYLE_HASH]).join('; ');
