import { randomUUID } from 'node:crypto';
import type { LiteracyRule, RuleSelector } from '@lantern/shared';
import type { Db } from '../database';
import type { LiteracyRulesTable } from '../tables/literacy.table';

// `literacy_rules`: which people a literacy module is required of, and by when.

export function ruleFromRow(r: LiteracyRulesTable): LiteracyRule {
  return {
    id: r.id,
    moduleId: r.module_id,
    toolId: r.tool_id,
    toolCategory: r.tool_category as LiteracyRule['toolCategory'],
    decisionStatus: r.decision_status as LiteracyRule['decisionStatus'],
    dataClass: r.data_class as LiteracyRule['dataClass'],
    annexIII: Number(r.annex_iii) === 1 ? true : null,
    department: r.department,
    dueDays: Number(r.due_days),
    renewalDays: r.renewal_days === null ? null : Number(r.renewal_days),
    mode: r.mode,
    createdAt: Number(r.created_at),
  };
}

export async function listRules(db: Db): Promise<LiteracyRule[]> {
  const rows = await db
    .selectFrom('literacy_rules')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(ruleFromRow);
}

export interface RuleInput extends RuleSelector {
  moduleId: string;
  department: string | null;
  dueDays: number;
  renewalDays: number | null;
  mode: 'acknowledge' | 'block';
}

export async function insertRule(trx: Db, input: RuleInput, by: string, now: number): Promise<LiteracyRule> {
  const row: LiteracyRulesTable = {
    id: randomUUID(),
    module_id: input.moduleId,
    tool_id: input.toolId,
    tool_category: input.toolCategory,
    decision_status: input.decisionStatus,
    data_class: input.dataClass,
    annex_iii: input.annexIII === true ? 1 : 0,
    department: input.department === null ? null : input.department.trim(),
    due_days: input.dueDays,
    renewal_days: input.renewalDays,
    mode: input.mode,
    created_by: by,
    created_at: now,
    removed_at: null,
  };
  await trx.insertInto('literacy_rules').values(row).execute();
  return ruleFromRow(row);
}

export async function removeRule(trx: Db, id: string, now: number): Promise<boolean> {
  const r = await trx
    .updateTable('literacy_rules')
    .set({ removed_at: now })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
