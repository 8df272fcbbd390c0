/**
 * Search, after Astro has written the site into `dir` (never assume dist/: the build may write elsewhere):
 * 1. the browser's search code, compiled from the same TypeScript the index is built with
 *    (src/lib/cjk.ts, stem.ts, search-*.ts and src/search/client.ts) into search/*.js, by
 *    Node's own type stripping: no bundler, and the browser cuts text exactly as the tests do;
 * 2. pagefind's index of the same records, one index per language, into pagefind/.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPagefindIndex } from './pagefind.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The browser modules, written flat into search/ with their imports pointed at the .js files. */
export const BROWSER_MODULES = ['src/lib/cjk.ts', 'src/lib/stem.ts', 'src/lib/search-query.ts', 'src/lib/search-engine.ts', 'src/search/client.ts'];

/** Node marks stripTypeScriptTypes experimental; the tests run the same code through the same stripper, so say it once here instead of in every build log. */
function quietly<T>(run: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (!String(warning).includes('stripTypeScriptTypes')) (emit as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try { return run(); } finally { process.emitWarning = emit; }
}

export async function compileBrowserModules(out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  for (const file of BROWSER_MODULES) {
    const source = await readFile(join(ROOT, file), 'utf8');
    const js = quietly(() => stripTypeScriptTypes(source, { mode: 'strip' }))
      .replace(/(from\s+['"])(?:\.{1,2}\/)+(?:[\w-]+\/)*([\w-]+)\.ts(['"])/g, '$1./$2.js$3');
    if (/from\s+['"][^.]/.test(js)) throw new Error(`${file}: the browser search code may import only its sibling modules`);
    await writeFile(join(out, basename(file).replace(/\.ts$/, '.js')), js);
  }
}

export default function search(): AstroIntegration {
  return {
    name: 'policy-search',
    hooks: {
      // The records endpoint reads the MDX collection; Vite then warns, once per MDX file, that it cannot keep
      // Astro's "use astro:head-inject" directive in a JSON route, which has no <head>. Nothing is lost.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rollupOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await compileBrowserModules(join(site, 'search'));
        const counts = await buildPagefindIndex(site, join(site, 'pagefind'));
        logger.info(`search: browser modules in search/, pagefind index in pagefind/ (${counts})`);
      },
    },
  };
}
