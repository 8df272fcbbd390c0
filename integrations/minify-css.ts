/**
 * Minifies the stylesheets Astro copies verbatim from public/ into the build, so the source keeps its
 * comments and layout while readers download less of every page. esbuild keeps modern CSS as it is
 * (cascade layers, :has(), logical properties, media queries for dark mode and print) and only drops
 * comments and whitespace and shortens what is safe to shorten. Scripts are bundled from src/scripts/
 * by browser-scripts.ts instead.
 */
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSS_MINIFY } from '../src/lib/not-found-style.ts';

export default function minifyCss(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'minify-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let before = 0,
          after = 0;
        const sheets = (await readdir(publicDir, { recursive: true })).filter((name) => name.endsWith('.css'));
        for (const name of sheets) {
          const target = join(site, name);
          const code = await readFile(target, 'utf8');
          const result = await transform(code, { ...CSS_MINIFY, sourcefile: name });
          await writeFile(target, result.code);
          before += code.length;
          after += result.code.length;
        }
        logger.info(`minified public CSS: ${before} → ${after} bytes`);
      },
    },
  };
}
