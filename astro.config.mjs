// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { inlineScriptHashes, inlineScriptsPlugin } from './scripts/inline-scripts.mjs';

/** Any folder of any static host: set SITE_BASE=/schools/media-literacy/ at build time. */
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  output: 'static',
  base,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), react()],
  // Astro inlines a page script with no shared imports when it is under this size. The reader's
  // script must stay inline: opened from a file (the offline pack), browsers block module files.
  vite: { build: { assetsInlineLimit: 16 * 1024 }, plugins: [inlineScriptsPlugin()] },
  devToolbar: { enabled: false },
  security: {
    // Astro adds hashes for its own scripts and styles to script-src and style-src; everything
    // else may come from this site only, and never from another host.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's offline search runs as WebAssembly, which CSP names separately from eval. The
      // scripts that run while a page is read (scripts/inline-scripts.mjs) are allowed by hash.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
    },
  },
});
