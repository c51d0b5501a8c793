import type { CompletionState } from '@lantern/shared';
import type { Db } from '../db/database';

export interface CompletionIndex {
  /** The person's latest completion of each module, found by user id or (for LMS imports) email. */
  forPerson(userId: string | null, email: string | null): CompletionState[];
}

/** The latest completion per person and module, from every source. */
export async function latestCompletions(
  db: Db,
  filter?: { userId: string; email: string | null },
): Promise<CompletionIndex> {
  let q = db
    .selectFrom('literacy_completions')
    .select(['user_id', 'email', 'module_id', 'module_version', 'at']);
  if (filter !== undefined)
    q = q.where((eb) =>
      filter.email === null
        ? eb('user_id', '=', filter.userId)
        : eb.or([eb('user_id', '=', filter.userId), eb('email', '=', filter.email.toLowerCase())]),
    );
  const rows = await q.execute();
  const byUser = new Map<string, CompletionState[]>();
  const byEmail = new Map<string, CompletionState[]>();
  for (const r of rows) {
    const c: CompletionState = { moduleId: r.module_id, version: Number(r.module_version), at: Number(r.at) };
    if (r.user_id !== null) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), c]);
    if (r.email !== null) byEmail.set(r.email, [...(byEmail.get(r.email) ?? []), c]);
  }
  return {
    forPerson(userId, email) {
      const all = [
        ...(userId === null ? [] : (byUser.get(userId) ?? [])),
        ...(email === null ? [] : (byEmail.get(email.toLowerCase()) ?? [])),
      ];
      const latest = new Map<string, CompletionState>();
      for (const c of all) {
        const held = latest.get(c.moduleId);
        if (held === undefined || held.at < c.at) latest.set(c.moduleId, c);
      }
      return [...latest.values()].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
    },
  };
}
