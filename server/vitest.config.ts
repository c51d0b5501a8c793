import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    // fast-check properties run from one seed per file, printed on failure (LANTERN_TEST_SEED replays it).
    setupFiles: ['../shared/testing/fast-check-seed.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
