// @ts-check
// npm run bench: build the site and time it, print what every page weighs, then run Lighthouse
// (mobile emulation, Debian's Chromium) on the heaviest page of each kind and on a bare HTML page
// (the floor: text, no CSS or JS) in the same run. Budgets are printed beside the figures, and the
// bench exits 1 when one is missed.
// Options, after `npm run bench --`:
//   --before DIR    also weigh and run Lighthouse on an earlier build in DIR, audit by audit in turn
//                   with this one, so a change is measured before and after in one run
//   --baseline REV  also build git revision REV (in a temporary worktree) in turn with this tree,
//                   and print the build-time ratio old/new from those runs (--runs N pairs, default 3)
//   --lighthouse-runs N  audit each page N times and report the medians (default 3): one
//                   simulated run of the same page varies by a few hundred ms, more than the budget
//   --tests         time each part of the test command (npm test) on this tree
//   --ci            time `CI=true bash .ci/run` on a fresh clone of this repository's HEAD
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    'lighthouse-runs': { type: 'string', default: '3' },
    tests: { type: 'boolean', default: false },
    ci: { type: 'boolean', default: false },
    before: { type: 'string' },
  },
});

const BUDGET = {
  /** JavaScript a page loads, gzip: React 19's client alone is about 69 KB of it. */
  jsGzip: 75 * 1024,
  /** Largest contentful paint, at most this much later than the bare page's in the same run. */
  lcpOverBareMs: 200,
  cumulativeLayoutShift: 0.01,
  /** The results page, from pasting 300 students' codes to the last chart drawn. */
  results300Ms: 3000,
  performance: 0.95,
  accessibility: 1,
};
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/**
 * The HTML a first response can carry in one round trip: TCP's initial window (10 segments of 1,460
 * bytes, which Lighthouse's simulation also uses) less some 500 bytes of response headers. A page
 * over it waits a whole extra round trip (150 ms in the simulation) before it can be drawn.
 */
const FIRST_ROUND_TRIP_HTML = 10 * 1460 - 500;

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
  : path.startsWith('/research/pages/') ? 'research desk page'
  : path.startsWith('/research/search/') ? 'research desk search'
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
const beforePages = options.before ? measurePages(options.before) : [];
const beforeJs = new Map(beforePages.map((p) => [p.path, p.jsGzip]));
console.log(`\nPage weight (gzip), the heaviest page of each kind. JS budget: ${kb(BUDGET.jsGzip)} per page.`);
console.table(
  [...byKind.entries()].map(([kind, p]) => ({
    'page type': kind,
    pages: p.count,
    'heaviest': p.path,
    HTML: kb(p.htmlBytes),
    'HTML gz': kb(p.htmlGzip),
    'one round trip': p.htmlGzip <= FIRST_ROUND_TRIP_HTML ? 'yes' : 'no',
    'CSS gz': kb(p.cssGzip),
    ...(options.before ? { 'JS gz before': beforeJs.has(p.path) ? kb(beforeJs.get(p.path) ?? 0) : '—' } : {}),
    'JS gz': kb(p.jsGzip),
    'total gz': kb(p.totalGzip),
    'JS budget': p.jsGzip <= BUDGET.jsGzip ? 'ok' : 'OVER',
  })),
);
const inFirstRoundTrip = (/** @type {{ htmlGzip: number }[]} */ of) => of.filter((p) => p.htmlGzip <= FIRST_ROUND_TRIP_HTML).length;
console.log(
  `HTML that arrives in the first round trip (at most ${kb(FIRST_ROUND_TRIP_HTML)} gzip): ${inFirstRoundTrip(pages)} of ${pages.length} pages${options.before ? ` (before: ${inFirstRoundTrip(beforePages)} of ${beforePages.length})` : ''}.`,
);
console.log(`Full build (astro build, search index, service worker): ${seconds.toFixed(1)} s for ${pages.length} pages.`);

/**
 * Print the table a content test prints when `flag` is set, from the same test the test suite
 * runs; a failing test fails the bench with `failure`.
 * @param {string} file @param {string} flag @param {string} heading the table's first words @param {string} failure
 */
function printTestTable(file, flag, heading, failure) {
  const run = spawnSync('npx', ['vitest', 'run', file, '--silent=false', '--reporter=dot'], { env: { ...process.env, [flag]: '1' }, encoding: 'utf8' });
  const table = run.stdout.slice(run.stdout.indexOf(heading));
  console.log(`\n${table.slice(0, table.lastIndexOf('└') + 1) || run.stdout}`);
  if (run.status !== 0) {
    console.error(failure);
    process.exitCode = 1;
  }
}

// Strategies that never read, played against every module's pool and the checks, beside chance.
printTestTable('tests/content/assessment.test.ts', 'PRINT_STRATEGIES', 'Strategies that never read', 'A strategy that never reads scores above chance + margin: see the OVER rows above.');
// The largest suspend data each SCORM package can ask the LMS to keep (SCORM 1.2 allows 4,096 characters).
printTestTable('tests/content/lms.test.ts', 'PRINT_SUSPEND', 'Largest suspend data', "A package's work no longer fits what SCORM lets an LMS keep: see tests/content/lms.test.ts.");

// The results page with a district's 300 codes: from the paste to the last chart, and from a reload
// (the saved codes read again) to the charts. Timed in the page by tests/e2e/class-analytics.spec.ts.
const scale = spawnSync('npx', ['playwright', 'test', 'tests/e2e/class-analytics.spec.ts', '-g', '300 codes', '--workers=1'], {
  env: { ...process.env, PRINT_RESULTS_SCALE: '1', E2E_ROOT_ONLY: '1', E2E_PORT: '4393' },
  encoding: 'utf8',
});
const scaleLine = scale.stdout.match(/RESULTS_SCALE (\{.*\})/);
if (scale.status !== 0 || !scaleLine) {
  console.error(`The results page's 300-code test failed:\n${scale.stdout.slice(-2000)}`);
  process.exitCode = 1;
} else {
  const timing = JSON.parse(scaleLine[1] ?? '{}');
  console.log(`\nResults page with ${timing.codes} codes. Budget: ${BUDGET.results300Ms} ms from paste to charts.`);
  console.table([{ 'paste to charts': `${timing.pasteToChartsMs} ms`, 'reload to charts': `${timing.reloadToChartsMs} ms`, verdict: timing.pasteToChartsMs <= BUDGET.results300Ms ? 'ok' : 'OVER' }]);
  if (timing.pasteToChartsMs > BUDGET.results300Ms) process.exitCode = 1;
}

// Lighthouse, against the built site on a local static server, beside a bare page on its own server.
const bareDir = mkdtempSync(join(tmpdir(), 'rts-bare-'));
writeFileSync(
  join(bareDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare page</title><meta name="description" content="The floor: text and nothing else."></head><body><main><h1>A bare page</h1>${'<p>Plain text with no style sheet and no script, served by the same server as the site, so its paint times are the floor any page of the site can reach on this machine.</p>'.repeat(6)}</main></body></html>`,
);
const servers = [
  spawn('node', ['scripts/serve.mjs', '--port', '4399'], { stdio: 'ignore' }),
  spawn('node', ['scripts/serve.mjs', '--port', '4398', '--dir', bareDir], { stdio: 'ignore' }),
  ...(options.before ? [spawn('node', ['scripts/serve.mjs', '--port', '4397', '--dir', options.before], { stdio: 'ignore' })] : []),
];
await new Promise((resolve) => setTimeout(resolve, 800));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
/** @param {string} url */
async function auditOnce(url) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
  });
  const lhr = result?.lhr;
  return {
    performance: lhr?.categories.performance?.score ?? 0,
    accessibility: lhr?.categories.accessibility?.score ?? 0,
    lcp: lhr?.audits['largest-contentful-paint']?.numericValue ?? Infinity,
    cls: lhr?.audits['cumulative-layout-shift']?.numericValue ?? Infinity,
  };
}
/**
 * The medians of `--lighthouse-runs` audits of each address, and each one's worst accessibility
 * score. Runs alternate between the addresses (a before and after of one page), so a machine that
 * slows down for a while slows both alike.
 * @param {string[]} urls
 */
async function audit(...urls) {
  /** @type {Awaited<ReturnType<typeof auditOnce>>[][]} */
  const runs = urls.map(() => []);
  for (let i = 0; i < Math.max(1, Number(options['lighthouse-runs'])); i++) {
    for (const [n, url] of urls.entries()) runs[n]?.push(await auditOnce(url));
  }
  return runs.map((of) => ({
    performance: median(of.map((r) => r.performance)),
    accessibility: Math.min(...of.map((r) => r.accessibility)),
    lcp: median(of.map((r) => r.lcp)),
    cls: median(of.map((r) => r.cls)),
  }));
}
// The heaviest page of each kind a student or teacher opens most, and the pages that wait on saved data.
const LIGHTHOUSE_KINDS = ['home', 'lesson', 'module page', 'module check', 'document reader', '/modules/', '/exercises/', '/search/', 'answer key', 'worksheet', '/teachers/'];
const targets = [...LIGHTHOUSE_KINDS.flatMap((kind) => byKind.get(kind)?.path ?? []), '/progress/', '/teachers/results/', '/assignment/'];
const rows = [];
let failed = false;
try {
  const [bare] = await audit('http://127.0.0.1:4398/');
  if (!bare) throw new Error('The bare page was not audited.');
  // console.table takes its columns from the first row: give this one every column, in order.
  rows.push({
    page: 'bare HTML page (the floor)',
    ...(options.before ? { 'LCP before': '' } : {}),
    LCP: `${Math.round(bare.lcp)} ms`,
    'over bare': '',
    ...(options.before ? { 'CLS before': '' } : {}),
    CLS: bare.cls.toFixed(3),
    performance: bare.performance,
    accessibility: bare.accessibility,
    verdict: '',
  });
  for (const path of targets) {
    const audited = await audit(`http://127.0.0.1:4399${path}`, ...(options.before && beforeJs.has(path) ? [`http://127.0.0.1:4397${path}`] : []));
    const [now, before = null] = audited;
    if (!now) throw new Error(`${path} was not audited.`);
    const gap = now.lcp - bare.lcp;
    const missed = [
      gap > BUDGET.lcpOverBareMs && 'LCP',
      now.cls > BUDGET.cumulativeLayoutShift && 'CLS',
      now.performance < BUDGET.performance && 'performance',
      now.accessibility < BUDGET.accessibility && 'accessibility',
    ].filter(Boolean);
    failed ||= missed.length > 0;
    console.log(`Lighthouse ${path}: LCP ${Math.round(now.lcp)} ms${before ? ` (before ${Math.round(before.lcp)} ms)` : ''}, CLS ${now.cls.toFixed(3)}`);
    rows.push({
      page: path,
      ...(options.before ? { 'LCP before': before ? `${Math.round(before.lcp)} ms` : '—' } : {}),
      LCP: `${Math.round(now.lcp)} ms`,
      'over bare': `${Math.round(gap)} ms`,
      ...(options.before ? { 'CLS before': before ? before.cls.toFixed(3) : '—' } : {}),
      CLS: now.cls.toFixed(3),
      performance: now.performance,
      accessibility: now.accessibility,
      verdict: missed.length ? `MISSED: ${missed.join(', ')}` : 'ok',
    });
  }
} finally {
  chrome.kill();
  for (const server of servers) server.kill();
  rmSync(bareDir, { recursive: true, force: true });
}
console.log(
  `\nLighthouse (mobile emulation, simulated throttling; medians of ${options['lighthouse-runs']} runs a page). Budgets: LCP at most ${BUDGET.lcpOverBareMs} ms over the bare page, CLS at most ${BUDGET.cumulativeLayoutShift}, performance at least ${BUDGET.performance}, accessibility ${BUDGET.accessibility}.`,
);
console.table(rows);
const over = pages.filter((p) => p.jsGzip > BUDGET.jsGzip);
if (over.length || failed) {
  console.error(`Budgets missed${over.length ? `; JS over ${kb(BUDGET.jsGzip)} on ${over.map((p) => p.path).join(', ')}` : ''}.`);
  process.exit(1);
}
