// @ts-check
// npm run bench: build the site and time it, print what every page weighs, then run Lighthouse
// (mobile emulation, Debian's Chromium) on four kinds of page. Budgets are printed beside the figures.
// Options, after `npm run bench --`:
//   --baseline REV  also build git revision REV (in a temporary worktree) in turn with this tree,
//                   and print the build-time ratio old/new from those runs (--runs N pairs, default 3)
//   --tests         time each part of the test command (npm test) on this tree
//   --ci            time `CI=true bash .ci/run` on a fresh clone of this repository's HEAD
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { measurePages } from './page-weight.mjs';

const { values: options } = parseArgs({
  options: {
    baseline: { type: 'string' },
    runs: { type: 'string', default: '3' },
    tests: { type: 'boolean', default: false },
    ci: { type: 'boolean', default: false },
  },
});

const JS_BUDGET_GZIP = 90 * 1024;
const BUDGET = { performance: 0.95, accessibility: 1 };
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Run a command to its end and return its wall time in seconds; stop the bench if it fails.
 * @param {string} command @param {string[]} args @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [where]
 */
function timed(command, args, where = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], cwd: where.cwd, env: { ...process.env, ...where.env } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${run.status})${where.cwd ? ` in ${where.cwd}` : ''}.`);
    process.exit(run.status ?? 1);
  }
  return seconds;
}
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const git = (/** @type {string[]} */ args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();

const seconds = timed('npm', ['run', 'build', '--silent']);

if (options.baseline) {
  // The old revision builds in its own worktree, with this tree's installed packages; the two
  // builds alternate, so a machine that speeds up or slows down during the bench affects both.
  const rev = git(['rev-parse', '--short', options.baseline]);
  const dir = mkdtempSync(join(tmpdir(), `rts-baseline-${rev}-`));
  spawnSync('git', ['worktree', 'add', '--detach', dir, rev], { stdio: 'ignore' });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  /** @type {{ old: number[], new: number[] }} */
  const times = { old: [], new: [] };
  try {
    for (let i = 0; i < Number(options.runs); i++) {
      times.old.push(timed('npm', ['run', 'build', '--silent'], { cwd: dir }));
      times.new.push(timed('npm', ['run', 'build', '--silent']));
    }
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
  const ratios = times.old.map((t, i) => t / (times.new[i] ?? NaN));
  console.log(`\nBuild time, ${rev} (old) and this tree (new), in turn, ${times.old.length} pairs:`);
  console.table(times.old.map((t, i) => ({ old: `${t.toFixed(1)} s`, new: `${(times.new[i] ?? NaN).toFixed(1)} s`, 'old/new': (ratios[i] ?? NaN).toFixed(2) })));
  console.log(`Median: old ${median(times.old).toFixed(1)} s, new ${median(times.new).toFixed(1)} s; old/new ${median(ratios).toFixed(2)}.`);
}

if (options.tests) {
  // The parts of `npm test`, in its order; the browser tests need the builds before them.
  const parts = [
    ['type check', ['run', 'typecheck', '--silent']],
    ['build (root)', ['run', 'build', '--silent']],
    ['build (nested folder)', ['run', 'build:nested', '--silent']],
    ['offline pack', ['run', 'pack', '--silent']],
    ['Vitest: unit and content', ['exec', '--', 'vitest', 'run', '--project', 'unit']],
    ['Vitest: built site', ['exec', '--', 'vitest', 'run', '--project', 'built-site']],
    ['Playwright', ['exec', '--', 'playwright', 'test']],
  ];
  const rows = parts.map(([part, args]) => ({ part, seconds: timed('npm', /** @type {string[]} */ (args)) }));
  rows.push({ part: 'total', seconds: rows.reduce((sum, r) => sum + r.seconds, 0) });
  console.log('\nThe test command, part by part (this tree, this machine):');
  console.table(rows.map((r) => ({ part: r.part, time: `${r.seconds.toFixed(0)} s` })));
}

if (options.ci) {
  const dir = mkdtempSync(join(tmpdir(), 'rts-fresh-clone-'));
  try {
    spawnSync('git', ['clone', '--quiet', process.cwd(), dir], { stdio: 'inherit' });
    const ci = timed('bash', ['.ci/run'], { cwd: dir, env: { CI: 'true' } });
    console.log(`\nFresh clone of ${git(['rev-parse', '--short', 'HEAD'])}, CI=true bash .ci/run: ${(ci / 60).toFixed(1)} min on this machine.`);
  } finally {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

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
