import { defineConfig } from 'vitest/config';

// One `vitest run` covers every package; each project keeps its own environment and setup.
export default defineConfig({
  test: {
    projects: [
      'shared/vitest.config.ts',
      'shared/vitest.lookalikes.config.ts',
      'server/vitest.config.ts',
      'server/dashboard/vitest.config.ts',
      'extension/vitest.config.ts',
      'tests/vitest.config.ts',
    ],
  },
});
