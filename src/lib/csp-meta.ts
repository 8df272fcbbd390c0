/**
 * The policy every page carries in its <meta>: csp.ts's directives, allowing the 404 page's one inline style by its
 * hash (not-found-style.ts). Only the build and the dev server import this (the hash is computed from
 * src/styles/site.css, bundled with esbuild, as it is when asked for).
 */
import { directives } from './csp.ts';
import { notFoundStyleHash } from './not-found-style.ts';

/** For <meta http-equiv="Content-Security-Policy">, which cannot carry frame-ancestors (browsers ignore it there). */
export const cspMeta = (): string => directives([notFoundStyleHash()]).join('; ');
