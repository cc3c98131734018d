// @ts-check
// npm run bench: build the site and time it, print what every page weighs, then run Lighthouse
// (mobile emulation, Debian's Chromium) on four kinds of page. Budgets are printed beside the figures.
import { spawn, spawnSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { measurePages } from './page-weight.mjs';

const JS_BUDGET_GZIP = 90 * 1024;
const BUDGET = { performance: 0.95, accessibility: 1 };
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const started = process.hrtime.bigint();
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (build.status !== 0) process.exit(build.status ?? 1);

/** One row per kind of page: the heaviest of its kind. */
const kindOf = (/** @type {string} */ path) =>
  path === '/' ? 'home' : path.startsWith('/documents/') && path !== '/documents/' ? 'document reader'
  : /^\/modules\/[^/]+\/(pre|post)-check\/$/.test(path) ? 'module check'
  : /^\/modules\/[^/]+\/checklist\/$/.test(path) ? 'checklist card'
  : /^\/modules\/[^/]+\/[^/]+\/$/.test(path) ? 'lesson'
  : /^\/modules\/[^/]+\/$/.test(path) ? 'module page'
  : path.startsWith('/teachers/worksheets/') ? 'worksheet'
  : path.startsWith('/teachers/answer-keys/') ? 'answer key'
  : path;
const pages = measurePages('dist');
/** @type {Map<string, ReturnType<typeof measurePages>[number] & { count: number }>} */
const byKind = new Map();
for (const p of pages) {
  const kind = kindOf(p.path);
  const held = byKind.get(kind);
  if (!held || p.totalGzip > held.totalGzip) byKind.set(kind, { ...p, count: (held?.count ?? 0) + 1 });
  else held.count++;
}
console.log(`\nPage weight (gzip), the heaviest page of each kind. JS budget: ${kb(JS_BUDGET_GZIP)} per page.`);
console.table(
  [...byKind.entries()].map(([kind, p]) => ({
    'page type': kind,
    pages: p.count,
    'heaviest': p.path,
    HTML: kb(p.htmlBytes),
    'HTML gz': kb(p.htmlGzip),
    'CSS gz': kb(p.cssGzip),
    'JS gz': kb(p.jsGzip),
    'total gz': kb(p.totalGzip),
    'JS budget': p.jsGzip <= JS_BUDGET_GZIP ? 'ok' : 'OVER',
  })),
);
console.log(`Full build (astro build, search index, service worker): ${seconds.toFixed(1)} s for ${pages.length} pages.`);

// Strategies that never read, played against every module's pool and the checks, beside chance.
// The figures come from the same test the test suite runs (tests/content/assessment.test.ts).
const bots = spawnSync('npx', ['vitest', 'run', 'tests/content/assessment.test.ts', '--silent=false', '--reporter=dot'], {
  env: { ...process.env, PRINT_STRATEGIES: '1' },
  encoding: 'utf8',
});
const table = bots.stdout.slice(bots.stdout.indexOf('Strategies that never read'));
console.log(`\n${table.slice(0, table.lastIndexOf('└') + 1) || bots.stdout}`);
if (bots.status !== 0) {
  console.error('A strategy that never reads scores above chance + margin: see the OVER rows above.');
  process.exitCode = 1;
}

// Lighthouse, against the built site on a local static server.
const server = spawn('node', ['scripts/serve.mjs', '--port', '4399'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const targets = [
  ['home', '/'],
  ['lesson', '/modules/claims-without-evidence/what-counts-as-evidence/'],
  ['document reader', '/documents/turkey-isis-research-compilation/'],
  ['results page', '/teachers/results/'],
];
const rows = [];
let failed = false;
try {
  for (const [name, path] of targets) {
    const result = await lighthouse(`http://127.0.0.1:4399${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
      screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
    });
    const categories = result?.lhr.categories;
    const performance = categories?.performance?.score ?? 0;
    const accessibility = categories?.accessibility?.score ?? 0;
    const ok = performance >= BUDGET.performance && accessibility >= BUDGET.accessibility;
    failed ||= !ok;
    rows.push({ page: name, path, performance, 'budget ≥': BUDGET.performance, accessibility, 'budget =': BUDGET.accessibility, verdict: ok ? 'ok' : 'BELOW' });
  }
} finally {
  chrome.kill();
  server.kill();
}
console.log('\nLighthouse (mobile emulation, simulated throttling):');
console.table(rows);
const over = pages.filter((p) => p.jsGzip > JS_BUDGET_GZIP);
if (over.length || failed) {
  console.error(`Budgets missed${over.length ? `; JS over budget on ${over.map((p) => p.path).join(', ')}` : ''}.`);
  process.exit(1);
}
