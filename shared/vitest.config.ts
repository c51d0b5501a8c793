import { defineProject } from 'vitest/config';

/** The catalog's look-alike tests run as a project of their own (vitest.lookalikes.config.ts). */
export const LOOKALIKE_TESTS = [
  'src/catalog/lookalikes.test.ts',
  'src/catalog/lookalikes-*.test.ts',
  'src/catalog/extension-lookalikes.test.ts',
];

export default defineProject({
  test: {
    name: 'shared',
    environment: 'node',
    // Unit tests, but some walk the whole catalog (5,000+ tools): CI runs them beside browser suites on
    // two shared cores, where vitest's 5 s default has been exceeded by a test that takes 0.6 s alone.
    testTimeout: 20_000,
    include: ['src/**/*.test.ts', 'testing/**/*.test.ts'],
    exclude: LOOKALIKE_TESTS,
    setupFiles: ['./testing/fast-check-seed.ts'],
  },
});
