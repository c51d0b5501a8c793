import type { EventOf } from '@lantern/shared';
import { byKey, key, type Fold, type Origin } from './fold';
import type { Statements } from './sql';

/** One device's day totals for a tool and data class, as the pushes carry them. */
export interface GuardTotal {
  deviceId: string;
  userId: string;
  toolId: string;
  day: string;
  dataClass: string;
  warnings: number;
  pastedAnyway: number;
  /** The last push that carried this total: the row's `updated_at`. */
  now: number;
}

/** Totals, not deltas: the larger of two totals for one key wins, so order and resends do not matter. */
export function foldGuard(guard: Map<string, GuardTotal>, o: Origin, e: EventOf<'data_guard'>): void {
  const k = key(o.deviceId, e.toolId, e.day, e.dataClass);
  const t = guard.get(k);
  if (t === undefined) {
    guard.set(k, {
      deviceId: o.deviceId,
      userId: o.userId,
      toolId: e.toolId,
      day: e.day,
      dataClass: e.dataClass,
      warnings: e.warnings,
      pastedAnyway: e.pastedAnyway,
      now: o.now,
    });
  } else {
    t.warnings = Math.max(t.warnings, e.warnings);
    t.pastedAnyway = Math.max(t.pastedAnyway, e.pastedAnyway);
    t.now = o.now;
  }
}

/**
 * One upsert for all of the pushes' guard totals. The stored value becomes the larger of stored and
 * pushed (CASE, not GREATEST/MAX, so one statement serves SQLite and PostgreSQL); the dashboard sums
 * the rows when it reads them, so there is no aggregate to keep in step.
 */
export async function storeGuard(s: Statements, fold: Fold): Promise<void> {
  const totals = byKey(fold.guard);
  if (totals.length === 0) return;
  const r = s.rows(
    [
      ['device_id', 'text'],
      ['user_id', 'text'],
      ['tool_id', 'text'],
      ['day', 'text'],
      ['data_class', 'text'],
      ['warnings', 'bigint'],
      ['pasted_anyway', 'bigint'],
      ['updated_at', 'bigint'],
    ],
    totals.map((t) => [
      t.deviceId,
      t.userId,
      t.toolId,
      t.day,
      t.dataClass,
      t.warnings,
      t.pastedAnyway,
      t.now,
    ]),
  );
  await s.run(
    `insert into guard_days (device_id, user_id, tool_id, day, data_class, warnings, pasted_anyway, updated_at)
     select r.device_id, r.user_id, r.tool_id, r.day, r.data_class, r.warnings, r.pasted_anyway, r.updated_at
     from ${r.from} where true order by ${r.order}
     on conflict (device_id, tool_id, day, data_class) do update set
       warnings = case when excluded.warnings > guard_days.warnings
         then excluded.warnings else guard_days.warnings end,
       pasted_anyway = case when excluded.pasted_anyway > guard_days.pasted_anyway
         then excluded.pasted_anyway else guard_days.pasted_anyway end,
       updated_at = excluded.updated_at`,
    r.params,
  );
}
