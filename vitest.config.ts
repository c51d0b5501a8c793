import { defineConfig } from 'vitest/config';

// One `vitest run` covers every package; each project keeps its own environment and setup.
export default defineConfig({
  test: {
    projects: [
      'shared',
      'server/vitest.config.ts',
      'server/dashboard/vitest.config.ts',
      'extension/vitest.config.ts',
      'tests/vitest.config.ts',
    ],
  },
});
