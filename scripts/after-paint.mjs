// @ts-check
// Page scripts wait for the first paint. A `<script type="module" src>` is fetched at high priority
// while the page is still parsing, and Lighthouse counts that fetch on the way to the largest
// contentful paint (about 250 ms on a lesson under mobile throttling), though none of these scripts
// draws what a student first sees: they add notices, ticks and results from saved progress. So the
// build swaps each page's module scripts for one small inline loader that imports them once the
// page has painted, and allows the loader by its hash in the page's own Content Security Policy.
// Islands are untouched: Astro's own loader fetches them when they come into view.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { builtPages } from './built-pages.mjs';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const SCRIPT_SRC = /(<meta http-equiv="content-security-policy" content="[^"]*script-src )/;

/** The scripts a page loads after its first paint, space-separated in this attribute of the loader. */
export const AFTER_PAINT_ATTRIBUTE = 'data-after-paint';

// A classic script, so `document.currentScript` names it. It waits for the browser to report the
// first contentful paint, which it does once the frame is on screen: the load event, and even a
// timeout after the next frame callback, can come before that under a slow CPU. Browsers that
// report no paints get the load event and a frame. A failed import (a page opened from a file,
// where browsers refuse module scripts) is reported, as a refused script tag was.
const LOADER = `{const urls=document.currentScript.getAttribute("${AFTER_PAINT_ATTRIBUTE}").split(" ");const run=()=>{for(const url of urls)import(url).catch((error)=>console.error(error))};if(PerformanceObserver.supportedEntryTypes?.includes("paint")){const observer=new PerformanceObserver((list)=>{if(list.getEntriesByName("first-contentful-paint").length===0)return;observer.disconnect();setTimeout(run)});observer.observe({type:"paint",buffered:true})}else addEventListener("load",()=>requestAnimationFrame(()=>setTimeout(run)),{once:true})}`;
const LOADER_HASH = `'sha256-${createHash('sha256').update(LOADER).digest('base64')}'`;

/**
 * One page's HTML with its module scripts loaded after paint; the same HTML if it has none.
 * @param {string} html @param {string} page the page's file, for the error
 */
export function deferModuleScripts(html, page) {
  const urls = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] ?? '');
  if (urls.length === 0) return html;
  if (!SCRIPT_SRC.test(html)) throw new Error(`${page}: no script-src in its Content Security Policy to allow the after-paint loader.`);
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error(`${page}: no </body> to put the after-paint loader before.`);
  const loader = `<script ${AFTER_PAINT_ATTRIBUTE}="${[...new Set(urls)].join(' ')}">${LOADER}</script>`;
  return `${html.slice(0, end)}${loader}${html.slice(end)}`.replace(MODULE_SCRIPT, '').replace(SCRIPT_SRC, `$1${LOADER_HASH} `);
}

/** Rewrite every built page in `outDir`. @param {string} outDir */
export function deferPageScripts(outDir) {
  for (const file of builtPages(outDir)) {
    const html = readFileSync(file, 'utf8');
    const deferred = deferModuleScripts(html, file);
    if (deferred !== html) writeFileSync(file, deferred);
  }
}
