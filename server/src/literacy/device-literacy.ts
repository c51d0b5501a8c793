import { departmentMatches, type DeviceLiteracy, type DeviceRule } from '@lantern/shared';
import type { Db } from '../db/database';
import { currentModules } from '../db/repositories/literacy-modules.repository';
import { listRules } from '../db/repositories/literacy-rules.repository';
import { latestCompletions } from './completions';

/**
 * What a browser needs to offer modules at the moment of use: the rules for its person (department
 * rules already matched here, so the browser never learns the directory), the current version of
 * every module they name, and the person's latest completions. Null when no rule concerns the person:
 * the config then has no `literacy` field, exactly as before literacy existed.
 */
export async function loadDeviceLiteracy(db: Db, userId: string): Promise<DeviceLiteracy | null> {
  const rules = await listRules(db);
  if (rules.length === 0) return null;
  const user = await db
    .selectFrom('users as u')
    .leftJoin('people as p', (j) => j.on((eb) => eb('p.email', '=', eb.fn<string>('lower', ['u.email']))))
    .select(['u.email', 'p.department'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  const email = user?.email ?? null;
  const mine = rules.filter((r) => departmentMatches(r.department, user?.department ?? null));
  if (mine.length === 0) return null;
  const wanted = new Set(mine.map((r) => r.moduleId));
  const modules = (await currentModules(db)).filter((m) => wanted.has(m.id));
  const live = new Set(modules.map((m) => m.id));
  const done = await latestCompletions(db, { userId, email });
  return {
    modules,
    rules: mine
      .filter((r) => live.has(r.moduleId))
      .map(({ department: _department, ...rule }): DeviceRule => rule),
    completions: done.forPerson(userId, email).filter((c) => live.has(c.moduleId)),
  };
}
