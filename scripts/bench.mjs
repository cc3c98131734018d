// @ts-check
// npm run bench: build the site, time the build, and print what every page weighs, with budgets.
import { spawnSync } from 'node:child_process';
import { measurePages } from './page-weight.mjs';

const JS_BUDGET_GZIP = 90 * 1024;
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const started = process.hrtime.bigint();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (build.status !== 0) process.exit(build.status ?? 1);

const pages = measurePages('dist', process.env.SITE_BASE ?? '/');
const rows = pages.map((p) => ({
  page: p.path,
  'HTML': kb(p.htmlBytes),
  'HTML gz': kb(p.htmlGzip),
  'CSS gz': kb(p.cssGzip),
  'JS gz': kb(p.jsGzip),
  'framework JS': p.framework ? 'yes' : 'no',
  'total gz': kb(p.totalGzip),
  'JS budget': p.jsGzip <= JS_BUDGET_GZIP ? 'ok' : 'OVER',
}));
console.table(rows);
console.log(`Full build: ${seconds.toFixed(1)} s for ${pages.length} pages. JS budget: ${kb(JS_BUDGET_GZIP)} gzip per page.`);
const over = pages.filter((p) => p.jsGzip > JS_BUDGET_GZIP);
if (over.length) {
  console.error(`Over the JS budget: ${over.map((p) => p.path).join(', ')}`);
  process.exit(1);
}
