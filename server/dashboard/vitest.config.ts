import { defineProject } from 'vitest/config';

// Component tests run in happy-dom (each test file says so); cli-quotes.test.ts reads the sources.
export default defineProject({
  test: {
    name: 'dashboard',
    environment: 'node',
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'dist/**'],
    setupFiles: ['../../shared/testing/fast-check-seed.ts'],
  },
});
