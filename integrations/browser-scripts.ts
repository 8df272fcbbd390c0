/**
 * The site's browser code: TypeScript under src/scripts/, bundled and minified by esbuild into classic
 * scripts (not modules, which browsers refuse on file://), written into the built site after Astro:
 *   site.js          every page: language switch keeping the reader's place, and the search launcher;
 *   reading.js       instead of site.js on pages read item by item: site.js, and it opens the navigator at this
 *                    part and loads the next two when needed;
 *   doc-nav.js       loaded once the page first scrolls: the navigator follows the item being read;
 *   item-tools.js    loaded when a reader first opens an item's tools: "Copy link" and "Cite";
 *   search/engine.js loaded on first use of search: the engine (src/lib/search/) and its interface;
 *   find-contents.js the 404 page's: finds the site's root from any depth and links the contents and search.
 * Pages link them with relative URLs (src/lib/urls.ts), so they work at any path and from disk. Under `astro dev`
 * the same bundles are made on each request, from the files as they are, so an edit shows on the next reload.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { answerInDev } from './dev-answers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Output file in the site → entry module. Each runs as it loads; the engine sets the global `policySearch`. */
export const BROWSER_SCRIPTS = [
  { out: 'site.js', entry: 'src/scripts/site.ts' },
  { out: 'reading.js', entry: 'src/scripts/reading.ts' },
  { out: 'doc-nav.js', entry: 'src/scripts/doc-nav.ts' },
  { out: 'item-tools.js', entry: 'src/scripts/item-tools.ts' },
  { out: 'search/engine.js', entry: 'src/scripts/search.ts' },
  { out: 'find-contents.js', entry: 'src/scripts/find-contents.ts' },
] as const;

/** One browser script, bundled as the site ships it; written to `outfile`, or returned when `outfile` is absent. */
const bundle = (entry: string, outfile?: string) =>
  build({
    entryPoints: [join(ROOT, entry)],
    ...(outfile ? { outfile } : { write: false }),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });

/** Bundles every browser script into `site`; returns the bytes written per file. */
export async function buildBrowserScripts(site: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const script of BROWSER_SCRIPTS) {
    const result = await bundle(script.entry, join(site, script.out));
    sizes[script.out] = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
  }
  return sizes;
}

export default function browserScripts(): AstroIntegration {
  return {
    name: 'browser-scripts',
    hooks: {
      // The dev server answers a browser script's address with a fresh bundle (the built site gets files instead).
      'astro:server:setup': ({ server }) =>
        answerInDev(
          server,
          'text/javascript; charset=utf-8',
          (path) => BROWSER_SCRIPTS.find((s) => path === s.out),
          async (script) => (await bundle(script.entry)).outputFiles?.[0]?.contents ?? '',
        ),
      'astro:build:done': async ({ dir, logger }) => {
        const sizes = await buildBrowserScripts(fileURLToPath(dir));
        logger.info(
          `browser scripts: ${Object.entries(sizes)
            .map(([file, bytes]) => `${file} ${bytes} B`)
            .join(', ')}`,
        );
      },
    },
  };
}
