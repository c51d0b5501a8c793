import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatabaseHandle } from '../db/connect';
import { userCwd } from '../env';
import { cliAdmin } from './admin-caller';
import type { Io } from './io';
import { UsageError } from './usage';

/**
 * `literacy import FILE`: completions done in an LMS (CSV `email,module_id,date`), all or none.
 * Prints `{"imported": N}`; a refused file exits 1 with every refused line named, storing nothing.
 */
export async function literacyImport(h: DatabaseHandle, args: string[], io: Io) {
  const [name, ...extra] = args;
  if (name === undefined || name.startsWith('-') || extra.length > 0)
    throw new UsageError('expected one argument: the CSV file (email,module_id,date)');
  const file = resolve(userCwd(), name);
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const result = await cliAdmin(h).admin.literacy.importCompletions({ csv });
  io.out(JSON.stringify(result));
  return 0;
}
