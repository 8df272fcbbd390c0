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
  // among them; all are linked relatively and nothing is inlined.
  integrations: [contentGate(), mdx(), browserScripts(), stylesheets()],
  // Words such as COVID-19 kept on one line in the MDX text too (src/lib/text/keep-together.ts).
  markdown: { processor: satteri({ hastPlugins: [keepTogetherPlugin] }) },
  devToolbar: { enabled: false },
});
