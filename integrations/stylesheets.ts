/**
 * Writes the site's stylesheets (src/styles/*.css, each bundled with its imports and minified:
 * src/lib/stylesheets.ts) into the built site, and answers them under `astro dev` from the files as they are, so an
 * edit shows on the next reload. Pages link them with relative URLs, so they work at any path and from disk.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleStylesheet, stylesheets } from '../src/lib/stylesheets.ts';

export default function stylesheetsIntegration(): AstroIntegration {
  return {
    name: 'stylesheets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = new URL(request.url ?? '/', 'http://dev').pathname.slice(1);
          if (!stylesheets().includes(name)) return next();
          try {
            const css = bundleStylesheet(name);
            response.setHeader('Content-Type', 'text/css; charset=utf-8');
            response.end(css);
          } catch (error) {
            next(error);
          }
        });
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
