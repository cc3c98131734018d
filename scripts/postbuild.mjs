// @ts-check
// After `astro build`: load page scripts after the first paint (scripts/after-paint.mjs), index the
// site for search (Pagefind), then write the web app manifest, a service worker that precaches
// every file, search index included (Workbox), and the response headers for static hosts
// (scripts/headers.mjs). All respect SITE_BASE.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { deferPageScripts } from './after-paint.mjs';
import { svgDataUri } from './favicon.mjs';
import { writeHeaderFiles } from './headers.mjs';
import { serviceWorkerOptions } from './precache.mjs';

const outDir = process.env.SITE_OUT_DIR ?? 'dist';
const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

deferPageScripts(outDir);

const pagefind = spawnSync('pagefind', ['--site', outDir, '--quiet'], { stdio: 'inherit' });
if (pagefind.status !== 0) process.exit(pagefind.status ?? 1);

// Pagefind writes every UI it has; the search page uses only the default UI, and every page is in
// English. Dropping the rest keeps the site and the offline pack about 350 KB smaller.
const unusedPagefindFiles = [
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];
const { languages } = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
if (!('unknown' in languages)) unusedPagefindFiles.push('wasm.unknown.pagefind');
for (const file of unusedPagefindFiles) rmSync(join(outDir, 'pagefind', file));

writeFileSync(
  join(outDir, 'manifest.webmanifest'),
  JSON.stringify(
    {
      name: 'Read the Source',
      short_name: 'Read the Source',
      description: 'A media-literacy course built from real web pages. Works offline.',
      start_url: base,
      scope: base,
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1d4ed8',
      icons: [{ src: svgDataUri(readFileSync('public/favicon.svg', 'utf8')), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    null,
    2,
  ),
);

writeHeaderFiles(outDir, base);

const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir, base));
for (const warning of warnings) console.warn(warning);
console.log(`Search index, service worker and header files written: ${count} files precached (${(size / 1024).toFixed(0)} KB).`);
