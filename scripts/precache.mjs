// @ts-check
/**
 * The service worker's settings, shared by the build and by the test that plays a second deploy.
 * @param {string} outDir the built site @param {string} base the base path it is served under
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function serviceWorkerOptions(outDir, base) {
  return {
    globDirectory: outDir,
    // The question banks too (Moodle XML, QTI zips): a teacher offline can still download them.
    globPatterns: ['**/*.{html,js,css,svg,webmanifest,json,wasm,txt}', 'pagefind/**/*', 'teachers/question-banks/*.{xml,zip}'],
    // Data for npm run lms only: what each LMS package's launch page reads, and the packages' descriptions.
    globIgnores: ['lms/launch-data.json', 'lms/packages.json'],
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
    // An address not in the precache goes to the network, so a server's 404 still reaches the
    // reader; only when the network fails does the course's own offline page answer.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}offline/index.html` } },
      },
    ],
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    ignoreURLParametersMatching: [/.*/],
  };
}
