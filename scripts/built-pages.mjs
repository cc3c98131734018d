// @ts-check
// Every HTML page of a build, for the build steps and tests that read or rewrite each one.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under `dist`, sorted. @param {string} dist */
export function builtPages(dist) {
  /** @type {string[]} */
  const pages = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) pages.push(full);
    }
  };
  walk(dist);
  return pages.sort();
}
