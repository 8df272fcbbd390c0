/**
 * The site's stylesheets: each file directly in src/styles/ is one sheet a page links (site.css on every page,
 * glossary.css, regions.css, … where their pages need them); it may @import parts kept beside the components they
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

/** The sheets pages link, by file name (site.css, …). */
export const stylesheets = (): string[] =>
  readdirSync(STYLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
    .map((entry) => entry.name)
    .sort();

export const CSS_OPTIONS = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning' } satisfies BuildOptions;

/** One sheet, its imports inlined and minified, as readers download it. */
export function bundleStylesheet(name: string): string {
  const result = buildSync({ ...CSS_OPTIONS, entryPoints: [join(STYLES_DIR, name)], write: false });
  return result.outputFiles[0]!.text;
}
