import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inlineScripts, measurePages } from '../../scripts/page-weight.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const JS_BUDGET_GZIP = 90 * 1024;

describe('inlineScripts', () => {
  it('counts the scripts a browser runs, not data carried in a script element', () => {
    const html = '<script type="application/json" data-x>{"a":1}</script><script>run()</script><script src="/a.js"></script><script type="module">go()</script>';
    expect(inlineScripts(html)).toEqual(['run()', 'go()']);
  });
});

describe('the built pages', () => {
  it('exist (run the build before this test)', () => {
    expect(existsSync(DIST)).toBe(true);
  });

  const pages = existsSync(DIST) ? measurePages(DIST) : [];

  it('include the reading pages and the exercise pages', () => {
    expect(pages.filter((p) => p.framework).length).toBeGreaterThan(0);
    expect(pages.filter((p) => !p.framework).length).toBeGreaterThan(0);
  });

  // The React renderer (client.*.js) and runtime (react.*.js) are the framework JS.
  const isFramework = (file: string) => /(^|\/)(client|react)\.[\w-]+\.js$/.test(file);

  it.each(pages.map((p) => [p.path, p]))('%s loads framework JS only if it has an island, and stays within budget', (_path, page) => {
    expect(page.jsFiles.some(isFramework)).toBe(page.framework);
    expect(page.jsGzip).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });
});
