import type { Decision } from '@lantern/shared';
import type { Db } from '../db/database';
import { listDecisions } from '../db/repositories/decisions.repository';
import {
  getGuardSettings,
  guardByPerson,
  guardSeries,
  type GuardSeriesRow,
  type GuardSettings,
} from '../db/repositories/guard.repository';
import { personLabeler } from '../security/people';

/** A tool whose decision does not allow personal data, where people pasted personal data anyway. */
export interface GuardFlag {
  toolId: string;
  status: Decision['status'] | null;
  pastedAnyway: number;
  people: number;
}

export interface GuardReport {
  settings: GuardSettings;
  fromDay: string;
  series: GuardSeriesRow[];
  people: Array<{
    person: string;
    toolId: string;
    dataClass: string;
    warnings: number;
    pastedAnyway: number;
  }>;
  flags: GuardFlag[];
}

export function dayBefore(now: number, days: number): string {
  return new Date(now - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What the dashboard's data guard page shows: counts over time per tool and data class, per person
 * (labelled as the privacy mode says), and the flags. A tool with no decision has not been approved
 * for anything, personal data included.
 */
export async function guardReport(db: Db, now: number, days = 90): Promise<GuardReport> {
  const fromDay = dayBefore(now, days);
  const [settings, series, byPerson, decisions, label] = await Promise.all([
    getGuardSettings(db),
    guardSeries(db, fromDay),
    guardByPerson(db, fromDay),
    listDecisions(db),
    personLabeler(db),
  ]);
  const decisionOf = new Map(decisions.map((d) => [d.toolId, d]));
  const flagged = new Map<string, GuardFlag>();
  for (const row of series) {
    if (row.dataClass !== 'personal' || row.pastedAnyway === 0) continue;
    const decision = decisionOf.get(row.toolId);
    if (decision?.allowedDataClasses.includes('personal')) continue;
    const flag = flagged.get(row.toolId) ?? {
      toolId: row.toolId,
      status: decision?.status ?? null,
      pastedAnyway: 0,
      people: 0,
    };
    flag.pastedAnyway += row.pastedAnyway;
    flag.people = Math.max(flag.people, row.people);
    flagged.set(row.toolId, flag);
  }
  return {
    settings,
    fromDay,
    series,
    people: byPerson.map((r) => ({
      person: label({ id: r.userId, email: r.email }),
      toolId: r.toolId,
      dataClass: r.dataClass,
      warnings: r.warnings,
      pastedAnyway: r.pastedAnyway,
    })),
    flags: [...flagged.values()].sort(
      (a, b) => b.pastedAnyway - a.pastedAnyway || (a.toolId < b.toolId ? -1 : 1),
    ),
  };
}
