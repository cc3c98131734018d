// @ts-check
// Response headers for static hosts: what a page's meta tag cannot do (refuse framing, forbid MIME
// sniffing, keep the address out of Referer, switch off device features) and a service worker
// that is checked on every visit. The build writes them as a `_headers` file (Netlify, Cloudflare
// Pages) and an nginx snippet; `serve.mjs --headers` applies a `_headers` file, for the tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages } from './page-weight.mjs';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/**
 * The policy every built page carries in its meta tag (Astro's `security.csp`, hashes included),
 * read back from the pages so the header never drifts from it. Astro emits a CSP header only through
 * an adapter, and then drops the meta tag that the offline pack and header-less hosts rely on.
 * @param {string} outDir
 */
export function pagePolicy(outDir) {
  /** @type {Map<string, string[]>} */
  const byPolicy = new Map();
  for (const file of builtPages(outDir)) {
    const policy = CSP_META.exec(readFileSync(file, 'utf8'))?.[1] ?? '(none)';
    byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), relative(outDir, file)]);
  }
  // One header serves every page, so it can only copy a policy all pages share.
  if (byPolicy.size !== 1) {
    const found = [...byPolicy].map(([policy, files]) => `  ${files.length} pages (${files[0]}, ...): ${policy.slice(0, 80)}`);
    throw new Error(`The built pages carry ${byPolicy.size} different Content Security Policies; the header needs one:\n${found.join('\n')}`);
  }
  return [...byPolicy.keys()][0] ?? '';
}

/**
 * A policy's directives, each with its sources: "a  b;c;" gives ["a b", "c"].
 * @param {string} policy
 */
export const policyDirectives = (policy) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/**
 * The headers for every file, then the extra ones for the service worker.
 * @param {string} policy the pages' meta policy
 */
export function siteHeaders(policy) {
  return {
    all: {
      // The pages' own policy plus frame-ancestors, which browsers ignore in a meta tag. Both
      // policies apply to a page, so the header adds this one limit and takes nothing away.
      'Content-Security-Policy': [...policyDirectives(policy), "frame-ancestors 'none'"].join('; '),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
    // A cached sw.js would keep readers on the old deploy until the browser's 24-hour recheck.
    serviceWorker: { 'Cache-Control': 'no-cache' },
  };
}

/**
 * Write `_headers` and `_deploy/nginx-headers.conf` into the build.
 * @param {string} outDir @param {string} base the base path the site is built for
 */
export function writeHeaderFiles(outDir, base) {
  const { all, serviceWorker } = siteHeaders(pagePolicy(outDir));
  const lines = (/** @type {Record<string, string>} */ headers, /** @type {(name: string, value: string) => string} */ line) =>
    Object.entries(headers).map(([name, value]) => line(name, value));

  writeFileSync(
    join(outDir, '_headers'),
    [
      '# Response headers for hosts that read a _headers file (Netlify, Cloudflare Pages).',
      "# Written by the build (scripts/headers.mjs): the policy is every page's own (its meta tag) plus frame-ancestors.",
      `${base}*`,
      ...lines(all, (name, value) => `  ${name}: ${value}`),
      `${base}sw.js`,
      ...lines(serviceWorker, (name, value) => `  ${name}: ${value}`),
      '',
    ].join('\n'),
  );

  const nginx = (/** @type {string} */ indent) => (/** @type {string} */ name, /** @type {string} */ value) => `${indent}add_header ${name} "${value}" always;`;
  mkdirSync(join(outDir, '_deploy'), { recursive: true });
  writeFileSync(
    join(outDir, '_deploy', 'nginx-headers.conf'),
    [
      '# Response headers for Read the Source on nginx. Written by the build (scripts/headers.mjs):',
      "# the policy is the one in every page's meta tag, plus frame-ancestors. Include this file in",
      '# the server or location block that serves the site:  include /path/to/nginx-headers.conf;',
      ...lines(all, nginx('')),
      '',
      '# The service worker is checked on every visit, so readers learn of a new deploy at once.',
      '# nginx drops the add_header lines above in a location that has its own, so they are repeated.',
      `location = ${base}sw.js {`,
      ...lines({ ...all, ...serviceWorker }, nginx('  ')),
      '}',
      '',
    ].join('\n'),
  );
}

/**
 * Read a `_headers` file: each rule is a path (a trailing `*` matches any rest) and its headers.
 * @param {string} text
 * @returns {{ path: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ path: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule, or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers of every rule that matches a request path, as hosts apply them: all matching rules.
 * @param {ReturnType<typeof parseHeadersFile>} rules @param {string} pathname
 */
export function headersFor(rules, pathname) {
  return rules
    .filter(({ path }) => (path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path))
    .flatMap((rule) => rule.headers);
}
