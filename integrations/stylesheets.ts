/**
 * Writes the site's stylesheets (src/styles/*.css, each bundled with its imports and minified:
 * src/lib/stylesheets.ts) into the built site, and answers them under `astro dev` from the files as they are, so an
 * edit shows on the next reload. Pages link them with relative URLs, so they work at any path and from disk.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleStylesheet, stylesheets, STYLES_DIR } from '../src/lib/stylesheets.ts';
import { answerInDev } from './dev-answers.ts';

export default function stylesheetsIntegration(): AstroIntegration {
  return {
    name: 'stylesheets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // The sheets are listed once, and again only when a file in their folder comes or goes (Vite watches it).
        let sheets = stylesheets();
        server.watcher.on('all', (event, file) => {
          if ((event === 'add' || event === 'unlink') && dirname(file) === STYLES_DIR) sheets = stylesheets();
        });
        answerInDev(
          server,
          'text/css; charset=utf-8',
          (name) => (sheets.includes(name) ? name : undefined),
          async (name) => bundleStylesheet(name),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const sizes: string[] = [];
        for (const name of stylesheets()) {
          const css = bundleStylesheet(name);
          await writeFile(join(site, name), css);
          sizes.push(`${name} ${Buffer.byteLength(css)} B`);
        }
        logger.info(`stylesheets: ${sizes.join(', ')}`);
      },
    },
  };
}
