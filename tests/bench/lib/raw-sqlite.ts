import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SyncEvent } from '@lantern/shared';

/**
 * Bytes a process has caused to be written to storage so far (`write_bytes` in /proc/<pid>/io):
 * its SQLite WAL frames, checkpoints and log lines, not what it sends over sockets. NaN where /proc
 * has no such figure.
 */
export function diskWriteBytes(pid: number | 'self'): number {
  try {
    const line = readFileSync(`/proc/${pid}/io`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('write_bytes:'));
    return line === undefined ? NaN : Number(line.slice('write_bytes:'.length));
  } catch {
    return NaN;
  }
}

/**
 * The physical limit: the same events as plain rows in one table with the same durability as the
 * server (WAL, synchronous=FULL), one transaction per batch through a prepared statement, no HTTP,
 * no validation, no aggregates. Returns events per second, CPU time per event and bytes written to
 * disk per event.
 */
export function rawInsertRate(
  dir: string,
  name: string,
  batches: ReadonlyArray<readonly SyncEvent[]>,
  deviceOf: (b: number) => string,
): { perSecond: number; cpuMicrosPerEvent: number; diskBytesPerEvent: number } {
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
    const written = diskWriteBytes('self');
    batches.forEach((events, b) => {
      insertBatch(deviceOf(b), events);
      count += events.length;
    });
    const used = process.cpuUsage(cpu);
    return {
      perSecond: count / ((performance.now() - started) / 1000),
      cpuMicrosPerEvent: (used.user + used.system) / count,
      diskBytesPerEvent: (diskWriteBytes('self') - written) / count,
    };
  } finally {
    db.close();
  }
}
