/**
 * Scripts that run while a page is read (scripts/inline-scripts.mjs): every inline script on every
 * built page is allowed by its hash in the page's own policy, and each lesson decides its assignment
 * banner straight after the banner's place, before the lesson below it; both builds.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyDirectives } from '../../scripts/headers.mjs';
import { INLINE_SCRIPTS, inlineScriptCode, inlineScriptHashes } from '../../scripts/inline-scripts.mjs';
import { inlineScripts } from '../../scripts/page-weight.mjs';
import { builtPages, DIST, NESTED_DIST } from '../e2e/site-pages';

const BANNER = /<aside class="assignment-banner"[^>]*><\/aside>/;

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const scriptSrcOf = (html: string) =>
  policyDirectives(/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '')
    .find((d) => d.startsWith('script-src '))
    ?.split(' ') ?? [];

describe.each([
  ['root', DIST],
  ['nested', NESTED_DIST],
])('the %s build', (_name, dist) => {
  const pages = builtPages(dist).map((page) => ({ page, html: readFileSync(join(dist, page, 'index.html'), 'utf8') }));

  it('allows every inline script on every page by its hash', () => {
    let checked = 0;
    for (const { page, html } of pages) {
      const allowed = scriptSrcOf(html);
      for (const code of inlineScripts(html)) {
        expect(allowed, `${page}: ${code.slice(0, 60)}`).toContain(hashOf(code));
        checked++;
      }
    }
    // Every page has at least the after-paint loader and Astro's island or page scripts.
    expect(checked).toBeGreaterThan(2 * pages.length);
  });

  it('runs the assignment banner straight after its place on every lesson, and nowhere else', () => {
    const banner = `<script>${inlineScriptCode('assignment-banner')}</script>`;
    const lessons = pages.filter(({ html }) => BANNER.test(html));
    expect(lessons.length).toBeGreaterThan(20);
    for (const { page, html } of lessons) {
      const place = BANNER.exec(html)!;
      expect(html.slice(place.index + place[0].length).startsWith(banner), page).toBe(true);
    }
    for (const { page, html } of pages) if (!BANNER.test(html)) expect(html, page).not.toContain(banner);
  });
});

describe('inline scripts', () => {
  it('hash the code that pages carry, and name the list when asked for one that is not in it', () => {
    const names = Object.keys(INLINE_SCRIPTS);
    expect(names.length).toBeGreaterThan(1);
    expect(inlineScriptHashes()).toEqual(names.map((name) => hashOf(inlineScriptCode(name)).slice(1, -1)));
    expect(() => inlineScriptCode('no-such-script')).toThrow(/No inline script named "no-such-script".*INLINE_SCRIPTS/);
  });
});
