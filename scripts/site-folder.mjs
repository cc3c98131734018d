// @ts-check
// A built site made to work from any folder: every site-root link relative, pointing at index.html;
// and a folder's files, ready to zip.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AFTER_PAINT_ATTRIBUTE } from './after-paint.mjs';

/**
 * Rewrite site-root references in one page to relative ones that work from a folder.
 * @param {string} html @param {number} depth how many folders below the site root the page is
 */
export function relativise(html, depth) {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  /** @param {string} rest a site-root address without its leading "/" */
  const relativeTo = (rest) => {
    const [path = '', hash = ''] = rest.split('#');
    const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    return `${up}${target}${hash ? `#${hash}` : ''}`;
  };
  return html
    .replace(/(\s(?:href|src|component-url|renderer-url|data-bundle|action)=")\/(?!\/)([^"]*)"/g, (/** @type {string} */ _m, /** @type {string} */ attr, /** @type {string} */ rest) => `${attr}${relativeTo(rest)}"`)
    // The scripts a page loads after its first paint (scripts/after-paint.mjs), space-separated.
    .replace(new RegExp(`(\\s${AFTER_PAINT_ATTRIBUTE}=")([^"]*)"`, 'g'), (/** @type {string} */ _m, /** @type {string} */ attr, /** @type {string} */ urls) =>
      `${attr}${urls.split(' ').map((url) => (url.startsWith('/') && !url.startsWith('//') ? relativeTo(url.slice(1)) : url)).join(' ')}"`,
    );
}

/**
 * Every file under a folder, by its path (with "/" between folders) below it, after `prefix`:
 * what a zip needs.
 * @param {string} dir @param {string} [prefix]
 * @returns {Record<string, Uint8Array>}
 */
export function filesUnder(dir, prefix = '') {
  /** @type {Record<string, Uint8Array>} */
  const entries = {};
  const walk = (/** @type {string} */ folder) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else entries[prefix + relative(dir, full).split(sep).join('/')] = readFileSync(full);
    }
  };
  walk(dir);
  return entries;
}
