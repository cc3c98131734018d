import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/{content,integration}/**/*.test.ts'],
    environment: 'node',
  },
});
