import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineProject({
  plugins: [WxtVitest()],
  test: {
    name: 'extension',
    environment: 'happy-dom',
    // Unit tests, but some walk the whole catalog (5,000+ tools): CI runs them beside browser suites on
    // two shared cores, where vitest's 5 s default has been exceeded by a test that takes 0.6 s alone.
    testTimeout: 20_000,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [
      'fake-indexeddb/auto',
      './testing/baseline-setup.ts',
      '../shared/testing/fast-check-seed.ts',
    ],
  },
});
