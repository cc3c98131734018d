// @ts-check
// Checks every internal link, asset and #fragment of a built site against the files themselves.
// Used by the site-quality test for the root build and for a build under a nested base path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built-pages.mjs';

/** @param {string} html */
function idsOf(html) {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/**
 * @param {string} dist the build folder
 * @param {string} base the base path it was built for, e.g. "/" or "/schools/media-literacy/"
 */
export function checkLinks(dist, base) {
  const site = 'http://site.invalid';
  /** @type {Map<string, Set<string | undefined>>} */
  const idCache = new Map();
  /** @type {string[]} */
  const broken = [];
  let checked = 0;
  for (const file of builtPages(dist)) {
    const html = readFileSync(file, 'utf8');
    const pagePath = `${base}${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
    const refs = [...html.matchAll(/\s(?:href|src|component-url|renderer-url)="([^"]*)"/g)].map((m) => m[1] ?? '');
    for (const ref of refs) {
      const url = new URL(ref.replace(/&amp;/g, '&'), `${site}${pagePath}`);
      if (url.origin !== site) continue; // mailto:, data: and the like
      checked++;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${pagePath}: ${ref} is outside the base path ${base}`);
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      const target = join(dist, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
      if (!existsSync(target)) {
        broken.push(`${pagePath}: ${ref} does not exist`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html')) {
        if (!idCache.has(target)) idCache.set(target, idsOf(readFileSync(target, 'utf8')));
        if (!idCache.get(target)?.has(fragment)) broken.push(`${pagePath}: ${ref} points to a missing #${fragment}`);
      }
    }
  }
  return { checked, broken };
}
