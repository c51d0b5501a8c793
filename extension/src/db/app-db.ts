import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AcknowledgementRow,
  ConfigRow,
  DayAggregate,
  EnrolmentRow,
  JustificationRow,
  OutboxEntry,
  RegistrationRow,
  StateRow,
  SyncLogEntry,
} from './types';
import { VERSIONS, type SchemaVersion } from './upgrades';

export const DB_NAME = 'lantern';

/**
 * The extension's local store. Only the background and extension pages open it; content scripts
 * ask the background through messages. Every schema version stays declared (upgrades/), so a browser
 * that skipped releases still migrates step by step.
 */
export class LanternDb extends Dexie {
  dayAggregates!: EntityTable<DayAggregate, 'key'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  config!: Table<ConfigRow, 'current'>;
  enrolment!: Table<EnrolmentRow, 'current'>;
  state!: Table<StateRow, string>;
  syncLog!: Table<SyncLogEntry, number>;
  registrations!: EntityTable<RegistrationRow, 'toolId'>;
  acknowledgements!: EntityTable<AcknowledgementRow, 'id'>;
  justifications!: EntityTable<JustificationRow, 'id'>;

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = VERSIONS) {
    super(name);
    versions.forEach((schema, index) => {
      const version = this.version(index + 1).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    });
  }
}

let instance: LanternDb | undefined;

/** The one connection per JS context (worker or page). */
export function getDb(): LanternDb {
  instance ??= new LanternDb();
  return instance;
}

/** Tests: swap in a fresh database (fake-indexeddb) and close the old one. */
export function setDbForTesting(db: LanternDb | undefined): void {
  instance?.close();
  instance = db;
}
