import { defineProject } from 'vitest/config';

// Real servers, real databases and a real Chromium: slower, and run one file at a time so two
// browsers never fight over the machine's two cores.
export default defineProject({
  test: {
    name: 'tests',
    environment: 'node',
    include: ['integration/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    setupFiles: ['../shared/testing/fast-check-seed.ts'],
  },
});
