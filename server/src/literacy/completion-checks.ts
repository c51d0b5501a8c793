import type { EventOf, SyncEvent } from '@lantern/shared';
import type { Db } from '../db/database';
import type { TimeRefusal } from '../sync/push/time';

type Completion = EventOf<'literacy_completion'>;

export interface PublishedModule {
  sha256: string;
  passMark: number | null;
  publishedAt: number;
}

const versionKey = (id: string, version: number) => `${id}\u0000${version}`;

/** The module versions a batch's completions name, looked up in one query. */
export async function completionModules(
  db: Db,
  events: readonly SyncEvent[],
): Promise<Map<string, PublishedModule>> {
  const wanted = events.filter((e): e is Completion => e.kind === 'literacy_completion');
  const found = new Map<string, PublishedModule>();
  if (wanted.length === 0) return found;
  const rows = await db
    .selectFrom('literacy_module_versions')
    .select(['module_id', 'version', 'sha256', 'pass_mark', 'published_at'])
    .where('module_id', 'in', [...new Set(wanted.map((e) => e.moduleId))])
    .execute();
  for (const r of rows)
    found.set(versionKey(r.module_id, Number(r.version)), {
      sha256: r.sha256,
      passMark: r.pass_mark === null ? null : Number(r.pass_mark),
      publishedAt: Number(r.published_at),
    });
  return found;
}

export function moduleOf(modules: ReadonlyMap<string, PublishedModule>, e: Completion) {
  return modules.get(versionKey(e.moduleId, e.moduleVersion));
}

/**
 * Why a completion cannot be recorded, or null: it must name a published module version, bind to
 * that version's content hash, and carry a score exactly when the module has a check — a passing one.
 * The score is the browser's word (it held the answers); what it cannot do is claim a pass below
 * the mark or a completion of text that was never published.
 */
export function completionRefusal(
  e: Completion,
  modules: ReadonlyMap<string, PublishedModule>,
): TimeRefusal | null {
  const m = moduleOf(modules, e);
  if (m === undefined)
    return {
      field: 'moduleVersion',
      reason: `literacy module "${e.moduleId}" has no version ${e.moduleVersion}`,
    };
  if (m.sha256 !== e.moduleSha256)
    return {
      field: 'moduleSha256',
      reason: `does not match the content of module "${e.moduleId}" version ${e.moduleVersion}`,
    };
  if (m.passMark === null && e.score !== null)
    return { field: 'score', reason: 'this module version has no questions, so no score' };
  if (m.passMark !== null && e.score === null)
    return { field: 'score', reason: 'this module version has questions: the score is required' };
  if (m.passMark !== null && e.score !== null && e.score < m.passMark)
    return { field: 'score', reason: `${e.score}% is below the pass mark of ${m.passMark}%` };
  return null;
}
