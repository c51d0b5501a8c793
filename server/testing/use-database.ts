// The per-dialect database set-up most server and integration suites share: open a fresh migrated database
// before the suite's tests, empty it before each test, close it after them. Kept apart from databases.ts
// because it registers vitest hooks, and the benchmarks import `@lantern/server/testing` outside vitest.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { DialectName } from '../src/db/database';
import { openTestDatabase, type TestDatabase } from './databases';

/**
 * The enclosing suite's database, read through its properties once the suite's first `beforeAll` has opened
 * it. Reading it earlier (while vitest collects the tests) is a mistake, and throws saying so.
 */
class SuiteDatabase implements TestDatabase {
  #open: TestDatabase | null = null;

  constructor(private readonly dialectName: DialectName) {}

  open(database: TestDatabase): void {
    this.#open = database;
  }

  /** Forgets the database and returns it, for closing. */
  release(): TestDatabase | null {
    const database = this.#open;
    this.#open = null;
    return database;
  }

  get #current(): TestDatabase {
    if (this.#open) return this.#open;
    throw new Error(
      `useTestDatabase(${this.dialectName}): the database is open only inside the suite's hooks and tests`,
    );
  }

  get db() {
    return this.#current.db;
  }
  get dialect() {
    return this.#current.dialect;
  }
  get source() {
    return this.#current.source;
  }
  get url() {
    return this.#current.url;
  }
  get schema() {
    return this.#current.schema;
  }
  reset(): Promise<void> {
    return this.#current.reset();
  }
  close(): Promise<void> {
    return this.#current.close();
  }
}

/**
 * Registers, in the calling `describe`, hooks that open a fresh database of `dialect` before its tests
 * (before any `beforeAll` registered after this call), empty it before each test (unless `reset: false`,
 * for suites whose tests build on one another's rows) and close it after every other `afterAll` of the suite.
 */
export function useTestDatabase(
  dialect: DialectName,
  { reset = true }: { reset?: boolean } = {},
): TestDatabase {
  const suite = new SuiteDatabase(dialect);
  beforeAll(async () => suite.open(await openTestDatabase(dialect)));
  afterAll(async () => suite.release()?.close());
  if (reset) beforeEach(async () => suite.reset());
  return suite;
}
