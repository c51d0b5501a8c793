import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineProject({
  plugins: [WxtVitest()],
  test: {
    name: 'extension',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [
      'fake-indexeddb/auto',
      './testing/baseline-setup.ts',
      '../shared/testing/fast-check-seed.ts',
    ],
  },
});
