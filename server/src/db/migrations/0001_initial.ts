import type { Kysely } from 'kysely';
import { aggregates, auth, events } from './0001/ingest';
import { audit, config, records } from './0001/records';

/** FROZEN. The first schema; its parts live in ./0001/ only to keep files small. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await auth(db);
  await events(db);
  await aggregates(db);
  await records(db);
  await config(db);
  await audit(db);
}
