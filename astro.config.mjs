// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

/** Any folder of any static host: set SITE_BASE=/schools/media-literacy/ at build time. */
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), react()],
  devToolbar: { enabled: false },
});
