import { expect } from 'vitest';
import type { FaultCluster } from './fault-cluster';

export interface Expected {
  /** Server kills so far in this run (capped to keep runs fast). */
  kills: number;
  /** `tool|signal|day` → what the browser counted. */
  usage: Map<string, { visits: number; activeSeconds: number }>;
  /** Binding acts and requests: each must exist exactly once on the server. */
  records: Array<{ table: 'registrations' | 'justifications' | 'requests'; id: string }>;
}

/** Compares what the server committed for one device with what its browser recorded. */
export function checkServerAgainst(cluster: FaultCluster, deviceId: string, expected: Expected): void {
  cluster.read((db) => {
    const usage = db
      .prepare('select tool_id, signal, day, visits, active_seconds from usage_days where device_id = ?')
      .all(deviceId) as Array<{
      tool_id: string;
      signal: string;
      day: string;
      visits: number;
      active_seconds: number;
    }>;
    const onServer = new Map(
      usage.map((u) => [
        `${u.tool_id}|${u.signal}|${u.day}`,
        { visits: u.visits, activeSeconds: u.active_seconds },
      ]),
    );
    expect(onServer, 'usage totals on the server equal what the browser counted').toEqual(expected.usage);

    for (const table of ['registrations', 'justifications', 'requests'] as const) {
      const want = expected.records
        .filter((r) => r.table === table)
        .map((r) => r.id)
        .sort();
      const rows = db
        .prepare(`select id from ${table} where device_id = ? order by id`)
        .all(deviceId) as Array<{ id: string }>;
      expect(
        rows.map((r) => r.id),
        `${table}: each recorded once, none invented`,
      ).toEqual(want);
    }

    // The inventory aggregate maintained on ingest must equal the sum of the per-device totals
    // (a duplicate applied twice, or a lost update, would make them differ).
    const drift = db
      .prepare(
        `select t.tool_id, t.day, t.visits, t.active_seconds, coalesce(sum(u.visits), 0) as v, coalesce(sum(u.active_seconds), 0) as s
           from tool_days t left join usage_days u on u.tool_id = t.tool_id and u.day = t.day
          group by t.tool_id, t.day having t.visits <> v or t.active_seconds <> s`,
      )
      .all();
    expect(drift, 'tool_days equals the sum of usage_days').toEqual([]);
  });
}
