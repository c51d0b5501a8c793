import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../db/connect';
import type { Database } from '../db/database';
import type { Io } from './io';

type SeedModule = { seedDemo(db: Kysely<Database>, options?: Record<string, unknown>): Promise<unknown> };

/**
 * `seed demo` lives in server/src/seed/demo.ts (written separately). Loaded by a computed path so the
 * CLI builds and runs without it, and says so clearly instead of crashing.
 */
export async function seedDemoCommand(h: DatabaseHandle, args: string[], io: Io): Promise<number> {
  const path = ['..', 'seed', 'demo'].join('/');
  let mod: SeedModule;
  try {
    mod = (await import(path)) as SeedModule;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      io.err('seed demo: not available yet (server/src/seed/demo.ts is missing)');
      return 1;
    }
    throw error;
  }
  if (args.length > 0) io.err(`seed demo: ignoring extra arguments ${args.join(' ')}`);
  try {
    const summary = await mod.seedDemo(h.db, {});
    io.out(JSON.stringify(summary));
    return 0;
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
}
