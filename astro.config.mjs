// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import browserScripts from './integrations/browser-scripts.ts';
import minifyCss from './integrations/minify-css.ts';
import contentGate from './integrations/content-gate.ts';

export default defineConfig({
  // Every page is a folder with index.html, linked by relative URLs (src/lib/urls.ts).
  build: { format: 'directory', assets: '_astro' },
  trailingSlash: 'always',
  // The stylesheet is a plain file in public/; scripts are bundled from src/scripts/ by esbuild into classic
  // scripts; all are linked relatively and nothing is inlined.
  integrations: [contentGate(), mdx(), browserScripts(), minifyCss()],
  devToolbar: { enabled: false },
});
