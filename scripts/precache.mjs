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
    // Each deploy gets a new precache; the old one is deleted once the new worker takes over.
    cleanupOutdatedCaches: true,
    skipWaiting: true,
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    ignoreURLParametersMatching: [/.*/],
  };
}
