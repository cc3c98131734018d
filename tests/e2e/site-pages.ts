import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every page of the built site, as a path under the site root ("/", "/documents/", ...). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(DIST);
  if (pages.length === 0) throw new Error('no built pages in dist/: run the build first');
  return pages.sort();
}
