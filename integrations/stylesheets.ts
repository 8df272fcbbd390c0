/**
 * Writes the site's stylesheets (src/styles/*.css, each bundled with its imports and minified:
 * src/lib/stylesheets.ts) into the built site, with the sheets trimmed from them for each kind of page (TRIMMED:
 * made last, from the pages and the browser scripts already written), and answers them under `astro dev` from the
 * files as they are, so an edit shows on the next reload. Pages link them with relative URLs, so they work at any
 * path and from disk.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleStylesheet, stylesheets, STYLES_DIR, TRIMMED, type TrimmedSheet } from '../src/lib/stylesheets.ts';
import { answerInDev } from './dev-answers.ts';
import { classVocabulary, purgeStylesheet } from './css-purge.ts';
import { BROWSER_SCRIPTS } from './browser-scripts.ts';

/** The text of every page in the built site. */
async function pagesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html'));
  return Promise.all(files.map((e) => readFile(join(e.parentPath, e.name), 'utf8')));
}

/**
 * The trimmed sheet `name`: `css`, its source as bundled, without the rules that match nothing on the pages linking
 * it. `pages` and `scripts` (each browser script's output file → its text) are the whole built site's, read once.
 */
function trimmedSheet(name: string, css: string, pages: string[], scripts: Map<string, string>): string {
  const linking = new RegExp(`<link rel="stylesheet" href="[^"]*\\b${name.replace('.', '\\.')}"`);
  const linked = pages.filter((html) => linking.test(html));
  if (linked.length === 0)
    throw new Error(`stylesheets: no page links ${name}; link it from a page or take it out of TRIMMED`);
  // The classes the browser code adds or draws are named in it (the records beside it are text, not code): the
  // code these pages can run, the scripts they name and those that these load (reading.js names doc-nav.js), so that
  // a page without the navigator does not keep the navigator's rules.
  const code = new Map<string, string>();
  for (let found = true; found;) {
    found = false;
    for (const [out, text] of scripts) {
      const named = new RegExp(`(?<![\\w.-])${out.replace(/\./g, '\\.')}`);
      if (code.has(out) || ![...linked, ...code.values()].some((html) => named.test(html))) continue;
      code.set(out, text);
      found = true;
    }
  }
  return purgeStylesheet(css, classVocabulary(linked, [...code.values()]));
}

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
          // A trimmed sheet is answered whole: dev has no built pages to trim it by.
          (name) => {
            const source = TRIMMED[name as TrimmedSheet] ?? name;
            return sheets.includes(source) ? source : undefined;
          },
          async (name) => bundleStylesheet(name),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const sizes: string[] = [];
        const bundled = new Map<string, string>();
        for (const name of stylesheets()) {
          const css = bundleStylesheet(name);
          bundled.set(name, css);
          await writeFile(join(site, name), css);
          sizes.push(`${name} ${Buffer.byteLength(css)} B`);
        }
        // After the pages and the browser scripts (browser-scripts.ts comes before this in astro.config.mjs), each
        // read once for every trimmed sheet.
        const pages = await pagesUnder(site);
        const scripts = new Map(
          await Promise.all(
            BROWSER_SCRIPTS.map(async ({ out }) => [out, await readFile(join(site, out), 'utf8')] as const),
          ),
        );
        for (const [name, source] of Object.entries(TRIMMED)) {
          const css = trimmedSheet(name, bundled.get(source) ?? bundleStylesheet(source), pages, scripts);
          await writeFile(join(site, name), css);
          sizes.push(`${name} ${Buffer.byteLength(css)} B (${source} trimmed)`);
        }
        logger.info(`stylesheets: ${sizes.join(', ')}`);
      },
    },
  };
}
