/**
 * Each page carries only the style sheets of what it shows (global.css for all; reader.css,
 * workbench.css and class-tools.css for their own pages), so a page's HTML fits in fewer round
 * trips. The guard: no page uses a class that the site styles somewhere but that page's own sheets
 * leave unstyled, which is what importing a sheet on too few pages would do; both builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, NESTED_DIST } from '../e2e/site-pages';

const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;

/** The class names a style sheet's selectors name (strings and url() taken out first: "a.svg" is no class). */
export function styledClasses(css: string): Set<string> {
  const selectorsOnly = css.replace(/url\([^)]*\)|"[^"]*"|'[^']*'/g, '');
  return new Set([...selectorsOnly.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
}

const classesIn = (html: string) => new Set([...html.matchAll(CLASS_ATTRIBUTE)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));

describe('styledClasses', () => {
  it('reads classes from selectors, not from numbers, strings or addresses', () => {
    expect([...styledClasses('.a,.b-c:hover>.d__e{margin:.5rem;background:url(x.svg)}p[title=".f"]{}')]).toEqual(['a', 'b-c', 'd__e']);
  });
});

describe.each([
  ['root', DIST],
  ['nested', NESTED_DIST],
])('the %s build', (_name, dist) => {
  const pages = builtPages(dist).map((page) => {
    const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
    const css = [...html.matchAll(STYLE)].map((m) => m[1]!).join('\n');
    return { page, styled: styledClasses(css), used: classesIn(html.replace(STYLE, '')) };
  });
  const styledAnywhere = new Set(pages.flatMap(({ styled }) => [...styled]));

  it("gives every page the rules for the classes it uses, wherever in the site's sheets they are", () => {
    const unstyled = pages.flatMap(({ page, styled, used }) =>
      [...used].filter((name) => styledAnywhere.has(name) && !styled.has(name)).map((name) => `${page}: .${name}`),
    );
    expect(unstyled).toEqual([]);
  });

  it('keeps the reader, workbench and class tools out of the pages that do not show them', () => {
    const carrying = (name: string) => pages.filter(({ styled }) => styled.has(name)).map(({ page }) => page);
    const reader = carrying('reader-now');
    expect(reader.length).toBeGreaterThan(3);
    expect(reader.filter((page) => !/^\/documents\/[^/]+\/$/.test(page))).toEqual([]);
    expect(carrying('workbench__bar')).toEqual(['/workbench/']);
    expect(carrying('qr__code').sort()).toEqual(['/assignment/', '/teachers/assign/', '/teachers/results/']);
  });
});
