// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import search from './integrations/search.ts';
import minifyPublic from './integrations/minify-public.ts';
import contentGate from './integrations/content-gate.ts';

export default defineConfig({
  // Every page is a folder with index.html, linked by relative URLs (src/lib/urls.ts).
  build: { format: 'directory', assets: '_astro' },
  trailingSlash: 'always',
  // Styles and scripts are plain files in public/, linked relatively; nothing is bundled or inlined.
  integrations: [contentGate(), mdx(), search(), minifyPublic()],
  devToolbar: { enabled: false },
});
