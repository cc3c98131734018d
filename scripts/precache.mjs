// @ts-check
/**
 * The service worker's settings, shared by the build and by the test that plays a second deploy.
 * @param {string} outDir the built site @param {string} base the base path it is served under
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function serviceWorkerOptions(outDir, base) {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,svg,webmanifest,json,wasm,txt}', 'pagefind/**/*'],
    swDest: `${outDir}/sw.js`,
    modifyURLPrefix: { '': base },
    directoryIndex: 'index.html',
    // A new deploy's worker waits while an open tab still uses the old one: taking over at once
    // would drop the old hashed scripts that tab's islands have yet to load. The tab offers a reload
    // (src/scripts/register-sw.ts), which sends SKIP_WAITING. The first install has nothing to
    // break, so it takes control at once.
    skipWaiting: false,
    clientsClaim: true,
    // The new worker drops the old deploy's files from the precache when it activates; this also
    // removes caches left by older Workbox versions.
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    ignoreURLParametersMatching: [/.*/],
  };
}
