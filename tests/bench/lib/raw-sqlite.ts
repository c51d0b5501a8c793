import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SyncEvent } from '@lantern/shared';

/**
 * The physical limit: the same events as plain rows in one table with the same durability as the
 * server (WAL, synchronous=FULL), one transaction per batch through a prepared statement, no HTTP,
 * no validation, no aggregates. Returns events per second and CPU time per event.
 */
export function rawInsertRate(
  dir: string,
  name: string,
  batches: ReadonlyArray<readonly SyncEvent[]>,
  deviceOf: (b: number) => string,
): { perSecond: number; cpuMicrosPerEvent: number } {
  const db = new Database(join(dir, `${name}.db`));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`create table raw_events (
      device_id text not null, event_id text not null, kind text not null, tool_id text, day text,
      visits integer, active_seconds integer, at integer not null,
      primary key (device_id, event_id))`);
    const insert = db.prepare(
      'insert into raw_events values (@device_id, @event_id, @kind, @tool_id, @day, @visits, @active_seconds, @at)',
    );
    const insertBatch = db.transaction((device: string, events: readonly SyncEvent[]) => {
      for (const e of events) {
        insert.run({
          device_id: device,
          event_id: e.id,
          kind: e.kind,
          tool_id: 'toolId' in e ? e.toolId : null,
          day: 'day' in e ? e.day : null,
          visits: e.kind === 'usage' ? e.visits : null,
          active_seconds: e.kind === 'usage' ? e.activeSeconds : null,
          at: e.at,
        });
      }
    });
    let count = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    batches.forEach((events, b) => {
      insertBatch(deviceOf(b), events);
      count += events.length;
    });
    const used = process.cpuUsage(cpu);
    return {
      perSecond: count / ((performance.now() - started) / 1000),
      cpuMicrosPerEvent: (used.user + used.system) / count,
    };
  } finally {
    db.close();
  }
}
