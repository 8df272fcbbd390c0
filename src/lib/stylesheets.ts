/**
 * The site's stylesheets: each file directly in src/styles/ is one sheet a page links (site.css, or a sheet trimmed
 * from it for the page's kind, TRIMMED, on every page; glossary.css, regions.css, … where their pages need them); it may @import parts kept beside the components they
 * style. esbuild bundles each into one minified file, keeping modern CSS as it is (cascade layers, :has(), logical
 * properties, media queries for dark mode and print). The build writes them into the site
 * (integrations/stylesheets.ts), the dev server answers them on request, and the 404 page carries site.css inline
 * (not-found-style.ts): all three through `bundleStylesheet`, so they cannot differ.
 */
import { buildSync, type BuildOptions } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** From the project's folder, where every build and the dev server run (this module is bundled elsewhere). */
export const STYLES_DIR = resolve('src/styles');

/**
 * Sheets the build makes from another by leaving out the rules that cannot match on the pages that link them
 * (integrations/css-purge.ts), so that no page downloads the styles of other kinds of page: the part pages (the pages
 * most read) link part.css; the full text and side by side, reading.css; every other page of one language, pages.css;
 * the entry page, entry.css. The 404 page carries a small sheet of its own inline (site/not-found.css,
 * not-found-style.ts). The dev server answers a trimmed sheet with its source whole.
 */
export const TRIMMED = {
  'part.css': 'site.css',
  'reading.css': 'site.css',
  'pages.css': 'site.css',
  'entry.css': 'site.css',
} as const;
export type TrimmedSheet = keyof typeof TRIMMED;

/** The 404 page's sheet, which it carries inline (not-found-style.ts); below src/styles/, so the build writes it nowhere. */
export const NOT_FOUND_SHEET = 'site/not-found.css';

/** The sheets pages link, by file name (site.css, …). */
export const stylesheets = (): string[] =>
  readdirSync(STYLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
    .map((entry) => entry.name)
    .sort();

export const CSS_OPTIONS = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning' } satisfies BuildOptions;

/**
 * One sheet, its imports inlined and minified, as readers download it, and the files it was made from. esbuild keeps
 * a custom property's value as written, with the space after its colon, which CSS drops anyway: so do we.
 */
export function bundleStylesheetFrom(name: string): { css: string; inputs: string[] } {
  const result = buildSync({
    ...CSS_OPTIONS,
    entryPoints: [join(STYLES_DIR, name)],
    write: false,
    metafile: true,
  });
  return {
    css: result.outputFiles[0]!.text.replace(/([{;]--[\w-]+): /g, '$1:'),
    inputs: Object.keys(result.metafile.inputs).map((file) => resolve(file)),
  };
}

/** One sheet, its imports inlined and minified, as readers download it. */
export const bundleStylesheet = (name: string): string => bundleStylesheetFrom(name).css;
