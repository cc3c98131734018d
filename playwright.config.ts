import { defineConfig } from '@playwright/test';

// E2E_PORT lets a second checkout run its browser tests beside this one without sharing servers.
const PORT = Number(process.env.E2E_PORT ?? 4329);
export const NESTED_PORT = PORT + 1;
export const NESTED_BASE = '/schools/media-literacy/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The same site built for a nested folder (npm run build:nested), as a school server might host it;
    // left out when only the root site is built (npm run bench's one browser test).
    ...(process.env.E2E_ROOT_ONLY
      ? []
      : [
          {
            command: `node scripts/serve.mjs --dir dist-nested --base ${NESTED_BASE} --port ${NESTED_PORT}`,
            url: `http://127.0.0.1:${NESTED_PORT}${NESTED_BASE}`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]),
  ],
});
