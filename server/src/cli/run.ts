import { createDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { readSettings, type ServerSettings } from '../env';
import { DEFAULT_DATABASE_URL } from './default-database';
import { catalogStatsCommand } from './catalog-stats';
import { catalogCommand } from './catalog';
import { classifyCommand } from './classify';
import { auditCheckpoint, auditPublicKey, auditVerify } from './audit';
import { decisionSet, enrolmentCreate, exportCommand, policyPublish, tokenCreate } from './commands';
import type { Io } from './io';
import { personErase, personExport } from './person';
import { literacyImport } from './literacy';
import { personLink } from './person-link';
import { seedDemoCommand } from './seed';
import { USAGE, UsageError } from './usage';

type DbCommand = (
  h: ReturnType<typeof createDatabase>,
  args: string[],
  io: Io,
  settings: ServerSettings,
) => Promise<number>;

const COMMANDS: Record<string, DbCommand> = {
  'token create': tokenCreate,
  // Spelt as users already type it; the code says "enrolment".
  'enrollment create': enrolmentCreate,
  'decision set': decisionSet,
  'policy publish': policyPublish,
  'audit verify': auditVerify,
  'audit checkpoint': auditCheckpoint,
  'audit public-key': auditPublicKey,
  'seed demo': seedDemoCommand,
  'person erase': personErase,
  'person export': personExport,
  'literacy import': literacyImport,
  'person link': personLink,
};

/** Runs one command; returns the exit code (0 ok, 1 failed, 2 usage). */
export async function run(argv: string[], io: Io, env?: Record<string, string | undefined>): Promise<number> {
  const [first, second, ...rest] = argv;
  if (first === 'classify') return classifyCommand(argv.slice(1), io.out, io.input);
  if (first === 'catalog' && second === 'stats') return catalogStatsCommand(rest, io);
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    (first === undefined ? io.err : io.out)(USAGE);
    return first === undefined ? 2 : 0;
  }
  const catalogRun = first === 'catalog' ? catalogCommand(argv.slice(1), io, env) : null;
  if (catalogRun !== null) return catalogRun;
  const command = first === 'export' ? exportCommand : COMMANDS[`${first} ${second ?? ''}`];
  const args = first === 'export' ? argv.slice(1) : rest;
  if (!command) throw new UsageError(`unknown command "${argv.slice(0, 2).join(' ')}"`);
  // The CLI migrates whatever database it is pointed at, so it works before the server ever ran.
  const settings = readSettings(env, { databaseUrl: DEFAULT_DATABASE_URL });
  const handle = createDatabase(settings.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    return await command(handle, args, io, settings);
  } finally {
    await handle.close();
  }
}
