import { createHash, randomUUID } from 'node:crypto';
import {
  moduleContentText,
  QuestionSchema,
  type LiteracyModule,
  type LiteracyRule,
  type ModuleContent,
  type RuleSelector,
} from '@lantern/shared';
import { z } from 'zod';
import type { Db } from '../database';
import type { LiteracyModuleVersionsTable, LiteracyRulesTable } from '../tables/literacy.table';

const QuestionsJson = z.array(QuestionSchema);

export function moduleFromRow(r: LiteracyModuleVersionsTable): LiteracyModule {
  return {
    id: r.module_id,
    version: Number(r.version),
    sha256: r.sha256,
    title: r.title,
    body: r.body,
    courseUrl: r.course_url,
    questions: QuestionsJson.parse(JSON.parse(r.questions)),
    passMark: r.pass_mark === null ? null : Number(r.pass_mark),
    publishedAt: Number(r.published_at),
  };
}

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

export const moduleSha256 = (content: ModuleContent) =>
  createHash('sha256').update(moduleContentText(content), 'utf8').digest('hex');

/** Every module's newest version (archived ones left out unless asked for). */
export async function currentModules(db: Db, withArchived = false): Promise<LiteracyModule[]> {
  let q = db
    .selectFrom('literacy_module_versions as v')
    .innerJoin('literacy_modules as m', 'm.id', 'v.module_id')
    .selectAll('v')
    .where('v.version', '=', (eb) =>
      eb
        .selectFrom('literacy_module_versions as w')
        .select((e) => e.fn.max('w.version').as('max'))
        .whereRef('w.module_id', '=', 'v.module_id'),
    );
  if (!withArchived) q = q.where('m.archived_at', 'is', null);
  const rows = await q.orderBy('v.module_id').execute();
  return rows.map(moduleFromRow);
}

export async function moduleVersion(db: Db, id: string, version?: number): Promise<LiteracyModule | null> {
  let q = db.selectFrom('literacy_module_versions').selectAll().where('module_id', '=', id);
  q = version === undefined ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
  const row = await q.executeTakeFirst();
  return row ? moduleFromRow(row) : null;
}

export async function moduleVersions(db: Db, id: string): Promise<LiteracyModule[]> {
  const rows = await db
    .selectFrom('literacy_module_versions')
    .selectAll()
    .where('module_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(moduleFromRow);
}

/** Version N+1 of a module (1 creates it); the primary key refuses a concurrent publisher of the same N. */
export async function publishModule(
  trx: Db,
  id: string,
  content: ModuleContent,
  by: string,
  now: number,
): Promise<LiteracyModule> {
  const last = await trx
    .selectFrom('literacy_module_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('module_id', '=', id)
    .executeTakeFirst();
  const version = Number(last?.v ?? 0) + 1;
  if (version === 1)
    await trx
      .insertInto('literacy_modules')
      .values({ id, created_by: by, created_at: now, archived_at: null })
      .execute();
  const row: LiteracyModuleVersionsTable = {
    module_id: id,
    version,
    title: content.title,
    body: content.body,
    course_url: content.courseUrl,
    questions: JSON.stringify(content.questions),
    pass_mark: content.passMark,
    sha256: moduleSha256(content),
    published_by: by,
    published_at: now,
  };
  await trx.insertInto('literacy_module_versions').values(row).execute();
  return moduleFromRow(row);
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
