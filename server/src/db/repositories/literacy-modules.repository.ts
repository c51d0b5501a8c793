import { createHash } from 'node:crypto';
import { moduleContentText, type LiteracyModule, type ModuleContent } from '@lantern/shared';
import { questionsColumn } from '../codecs';
import type { Db } from '../database';
import type { LiteracyModuleVersionsTable } from '../tables/literacy.table';

// The literacy modules: `literacy_modules` and each published version in `literacy_module_versions`.

export function moduleFromRow(r: LiteracyModuleVersionsTable): LiteracyModule {
  return {
    id: r.module_id,
    version: Number(r.version),
    sha256: r.sha256,
    title: r.title,
    body: r.body,
    courseUrl: r.course_url,
    questions: questionsColumn.decode(r.questions),
    passMark: r.pass_mark === null ? null : Number(r.pass_mark),
    publishedAt: Number(r.published_at),
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
