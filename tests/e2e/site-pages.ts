import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;
export const NESTED_DIST = new URL('../../dist-nested/', import.meta.url).pathname;

/** Every page of a built site, as a path under its root ("/", "/documents/", ...). */
export function builtPages(dist = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  if (pages.length === 0) throw new Error(`no built pages in ${dist}: run the build first`);
  return pages.sort();
}
