// @ts-check
// Scripts that must run while the page is still being read, before anything after them is drawn:
// the assignment banner decides whether it is there before the lesson below it is painted, so
// nothing is pushed down later; a page opened from a file shows what an island holds back while it
// loads, since there it never will (classic inline scripts run even from a file). Each is written
// in TypeScript beside the other page scripts, bundled here into one classic script, inlined where
// a page imports it (`inline-script:NAME`), and allowed by its hash in every page's policy.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/** Name → entry file. An entry's top level runs where the page places it. */
export const INLINE_SCRIPTS = {
  'assignment-banner': 'src/scripts/assignment-banner-inline.ts',
  'pending-from-file': 'src/scripts/pending-from-file-inline.ts',
};

const PREFIX = 'inline-script:';
const RESOLVED_PREFIX = `\0${PREFIX}`;
const root = fileURLToPath(new URL('..', import.meta.url));
/** @type {Map<string, string>} */
const built = new Map();

/** The bundled, minified code of one inline script. @param {string} name */
export function inlineScriptCode(name) {
  const entry = INLINE_SCRIPTS[/** @type {keyof typeof INLINE_SCRIPTS} */ (name)];
  if (!entry) throw new Error(`No inline script named "${name}": add it to INLINE_SCRIPTS in scripts/inline-scripts.mjs.`);
  const cached = built.get(name);
  if (cached !== undefined) return cached;
  const result = buildSync({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const code = (result.outputFiles[0]?.text ?? '').trim();
  built.set(name, code);
  return code;
}

/** Every inline script's hash, for the script-src of every page. @returns {`sha256-${string}`[]} */
export function inlineScriptHashes() {
  return Object.keys(INLINE_SCRIPTS).map((name) => /** @type {const} */ (`sha256-${createHash('sha256').update(inlineScriptCode(name)).digest('base64')}`));
}

/**
 * A Vite plugin: `import code from 'inline-script:NAME'` gives that script's code as a string, the
 * same code whose hash the policy carries (each is bundled once per run).
 */
export function inlineScriptsPlugin() {
  return {
    name: 'read-the-source:inline-scripts',
    /** @param {string} id */
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    /** @param {string} id */
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      return `export default ${JSON.stringify(inlineScriptCode(id.slice(RESOLVED_PREFIX.length)))};`;
    },
  };
}
