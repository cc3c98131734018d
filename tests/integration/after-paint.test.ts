/**
 * Page scripts load after the first paint (scripts/after-paint.mjs): no built page fetches a module
 * script while it parses, and each page's loader names files that exist and is allowed by the
 * page's own Content Security Policy; both builds, every page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFTER_PAINT_ATTRIBUTE, deferModuleScripts } from '../../scripts/after-paint.mjs';
import { policyDirectives } from '../../scripts/headers.mjs';
import { builtPages, DIST, NESTED_DIST } from '../e2e/site-pages';

const LOADER = new RegExp(`<script ${AFTER_PAINT_ATTRIBUTE}="([^"]+)">([^<]*)</script>`, 'g');

describe.each([
  ['root', DIST, '/'],
  ['nested', NESTED_DIST, '/schools/media-literacy/'],
])('the %s build', (_name, dist, base) => {
  it('fetches no module script before the first paint, and loads each after it, allowed by its hash', () => {
    const pages = builtPages(dist);
    let deferred = 0;
    for (const page of pages) {
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      expect(html, page).not.toMatch(/<script[^>]*type="module"[^>]*\ssrc=/);
      expect(html, page).not.toMatch(/<link[^>]*rel="modulepreload"/);
      const loaders = [...html.matchAll(LOADER)];
      expect(loaders.length, page).toBeLessThanOrEqual(1);
      const [loader] = loaders;
      if (!loader) continue;
      deferred++;
      for (const url of loader[1]!.split(' ')) {
        expect(url.startsWith(`${base}_astro/`), `${page}: ${url}`).toBe(true);
        expect(existsSync(join(dist, url.slice(base.length))), `${page}: ${url}`).toBe(true);
      }
      const hash = `'sha256-${createHash('sha256').update(loader[2]!).digest('base64')}'`;
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const scriptSrc = policyDirectives(policy).find((d) => d.startsWith('script-src '))?.split(' ');
      expect(scriptSrc, page).toContain(hash);
    }
    // Every page carries at least the progress notice's script.
    expect(deferred).toBe(pages.length);
  });
});

describe('deferModuleScripts', () => {
  const page = (body: string, csp = "default-src 'self';script-src 'self' 'sha256-abc='") =>
    `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

  it('replaces the module scripts with one loader naming each once, in page order', () => {
    const html = deferModuleScripts(page('<script type="module" src="/_astro/a.js"></script><p>x</p><script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/a.js"></script>'), 'p');
    expect(html).not.toContain('type="module"');
    expect([...html.matchAll(LOADER)].map((m) => m[1])).toEqual(['/_astro/a.js /_astro/b.js']);
    expect(html).toMatch(/script-src 'sha256-[\w+/=]+' 'self' 'sha256-abc='/);
  });

  it('leaves a page without module scripts as it is, inline module scripts included', () => {
    const html = page('<script type="module">console.log(1)</script>');
    expect(deferModuleScripts(html, 'p')).toBe(html);
  });

  it('names the page when its policy has no script-src to allow the loader', () => {
    expect(() => deferModuleScripts(page('<script type="module" src="/_astro/a.js"></script>', "default-src 'self'"), 'dist/x/index.html')).toThrow(/dist\/x\/index\.html.*script-src/);
  });
});
