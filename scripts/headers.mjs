// @ts-check
// Response headers for static hosts: what a page's meta tag cannot do (refuse framing, forbid MIME
// sniffing, keep the address out of Referer, switch off device features) and a service worker
// that is checked on every visit. The build writes them as a `_headers` file (Netlify, Cloudflare
// Pages) and an nginx snippet; `serve.mjs --headers` applies a `_headers` file, for the tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages } from './built-pages.mjs';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/**
 * One policy for every built page, from the policies the pages carry in their meta tags (Astro's
 * `security.csp`, hashes included), read back so the header never drifts from them. Pages differ
 * only in the hashes of their inline style sheets, so each directive gets the sources of every page:
 * the browser applies both the header and the page's own meta policy, and the stricter wins.
 * Astro emits a CSP header only through an adapter, and then drops the meta tag that the offline
 * pack and header-less hosts rely on.
 * @param {string} outDir
 */
export function pagePolicy(outDir) {
  /** @type {Map<string, Set<string>>} */
  const sources = new Map();
  /** @type {Set<string>} */
  const shapes = new Set();
  for (const file of builtPages(outDir)) {
    const policy = CSP_META.exec(readFileSync(file, 'utf8'))?.[1];
    if (!policy) throw new Error(`${relative(outDir, file)} carries no Content Security Policy.`);
    const directives = policyDirectives(policy).map((d) => d.split(' '));
    shapes.add(directives.map(([name]) => name).join(' '));
    for (const [name = '', ...values] of directives) sources.set(name, new Set([...(sources.get(name) ?? []), ...values]));
  }
  // Merging is safe only for pages whose policies name the same directives.
  if (shapes.size > 1) throw new Error(`The built pages' Content Security Policies name different directives:\n  ${[...shapes].join('\n  ')}`);
  return [...sources].map(([name, values]) => [name, ...values].join(' ')).join(';');
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
