/**
 * The built pages and the web app manifest carry the site icon inline (scripts/favicon.mjs), so
 * opening a page asks for no icon file before it can paint; both builds, every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, NESTED_DIST } from '../e2e/site-pages';

const ICON = readFileSync(fileURLToPath(new URL('../../public/favicon.svg', import.meta.url)), 'utf8').trim();
const DATA_PREFIX = 'data:image/svg+xml,';

function decodedIcon(href: string | undefined): string {
  expect(href?.startsWith(DATA_PREFIX), `icon address ${href?.slice(0, 40)}`).toBe(true);
  return decodeURIComponent(href!.slice(DATA_PREFIX.length));
}

describe.each([
  ['root', DIST],
  ['nested', NESTED_DIST],
])('the %s build', (_name, dist) => {
  it('names the site icon inside every page, as the icon file itself', () => {
    for (const page of builtPages(dist)) {
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      const icons = [...html.matchAll(/<link\b[^>]*\brel="icon"[^>]*>/g)].map((m) => /\bhref="([^"]*)"/.exec(m[0])?.[1]);
      expect(icons, page).toHaveLength(1);
      expect(decodedIcon(icons[0]), page).toBe(ICON);
    }
  });

  it('gives the web app manifest the same inline icon', () => {
    const manifest: { icons: { src: string; type: string }[] } = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.icons).toHaveLength(1);
    expect(manifest.icons[0]!.type).toBe('image/svg+xml');
    expect(decodedIcon(manifest.icons[0]!.src)).toBe(ICON);
  });
});
