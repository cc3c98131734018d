// @ts-check
// What each built page costs a student's browser: HTML, CSS and JavaScript, in bytes and gzip
// bytes, following every script a page can load (island components, their renderer, and the
// modules they import). Used by `npm run bench` and by the page-weight test.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AFTER_PAINT_ATTRIBUTE } from './after-paint.mjs';
import { builtPages } from './built-pages.mjs';

/** @param {string | Buffer} content */
export const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

/** Inline scripts a browser runs: no src, and no type but a script's (data in a script element, such as JSON, is not run). */
export const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*\stype="(?!module")[^"]*")[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The code of a page's inline scripts, in order.
 * @param {string} html
 */
export const inlineScripts = (html) => [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');

/**
 * Every JS file a module pulls in through static or dynamic imports, by path in dist.
 * @param {string} dist @param {string} file @param {Set<string>} seen
 */
function withImports(dist, file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const spec = match[1] ?? '';
    const target = spec.startsWith('/') ? spec : join(file, '..', spec);
    withImports(dist, target.replace(/^\/+/, '').split(sep).join('/'), seen);
  }
}

/**
 * @param {string} dist the build folder
 * @param {string} base the base path the site was built for
 */
export function measurePages(dist, base = '/') {
  const stripBase = (/** @type {string} */ url) => url.replace(new RegExp(`^${base.replace(/\/+$/, '')}/`), '');
  return builtPages(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const scripts = new Set();
    for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) withImports(dist, stripBase(m[1] ?? ''), scripts);
    for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) withImports(dist, stripBase(m[1] ?? ''), scripts);
    for (const m of html.matchAll(new RegExp(`${AFTER_PAINT_ATTRIBUTE}="([^"]+)"`, 'g'))) {
      for (const url of (m[1] ?? '').split(' ')) withImports(dist, stripBase(url), scripts);
    }
    const inline = inlineScripts(html).join('\n');
    const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(dist, stripBase(m[1] ?? ''))));
    const jsFiles = [...scripts].sort();
    const jsGzip = jsFiles.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dist, f))), 0) + (inline ? gzipBytes(inline) : 0);
    const cssGzip = css.reduce((sum, c) => sum + gzipBytes(c), 0);
    const htmlGzip = gzipBytes(html);
    const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    return {
      path,
      htmlBytes: Buffer.byteLength(html),
      htmlGzip,
      cssGzip,
      jsGzip,
      jsFiles,
      /** Does the page load a UI framework (an island)? */
      framework: html.includes('<astro-island'),
      totalGzip: htmlGzip + cssGzip + jsGzip,
    };
  });
}
