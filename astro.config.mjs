// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import browserScripts from './integrations/browser-scripts.ts';
import stylesheets from './integrations/stylesheets.ts';
import contentGate from './integrations/content-gate.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { keepTogetherPlugin } from './src/lib/text/keep-together.ts';

export default defineConfig({
  // Every page is a folder with index.html, linked by relative URLs (src/lib/urls.ts).
  build: { format: 'directory', assets: '_astro' },
  trailingSlash: 'always',
  // Stylesheets (src/styles/) and scripts (src/scripts/) are bundled by esbuild into plain files, classic scripts
  // among them; all are linked relatively and nothing is inlined. The order matters: the content gate checks the
  // sources before anything reads them, and stylesheets() comes after browserScripts(), since it trims the sheets by
  // the classes the built pages and the written scripts name (its astro:build:done runs after theirs).
  integrations: [contentGate(), mdx(), browserScripts(), stylesheets()],
  // Words such as COVID-19 kept on one line in the MDX text too (src/lib/text/keep-together.ts).
  markdown: { processor: satteri({ hastPlugins: [keepTogetherPlugin] }) },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Endpoints that read the MDX collection (the search records among them) make Vite warn, once per MDX file,
        // that it cannot keep Astro's "use astro:head-inject" directive in a route that has no <head>. Nothing is
        // lost (such a route renders no head), so that one warning is dropped; every other passes.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
