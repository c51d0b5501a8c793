import { defineProject } from 'vitest/config';
import { LOOKALIKE_TESTS } from './vitest.config';

/**
 * The catalog's look-alike tests (one file per pass, 336 of them): each only imports the catalog and
 * classifies URLs with it, nothing they touch changes, so they share one module graph per worker
 * instead of each importing and indexing the 16,000-tool catalog again. Measured on the 2-core
 * machine, the 192 files of sessions 20–27: 235 s isolated (174 s of it importing), 10 s shared.
 */
export default defineProject({
  test: {
    name: 'shared-lookalikes',
    environment: 'node',
    testTimeout: 20_000,
    isolate: false,
    include: LOOKALIKE_TESTS,
    setupFiles: ['./testing/fast-check-seed.ts'],
  },
});
