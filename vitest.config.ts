import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic and content checks) needs nothing built, so
// `npx vitest run --project unit` works on a fresh clone; `built-site` reads dist/ and dist-nested/.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'built-site', include: ['tests/integration/**/*.test.ts'] } },
    ],
  },
});
