import { dataClassesBeyondAllowed, type DataClass, type Decision } from '@lantern/shared';
import type { Db } from '../db/database';
import { decisionFromRow } from '../db/repositories/decisions.repository';

/**
 * Whether a registration goes to review for its data (issue 17 item 8): the browser said the
 * employee chose data beyond the tool's allowed classes, or the server finds so against the current
 * decision. A browser is untrusted, so leaving the flag out never hides such a registration.
 */
export function dataBeyondAllowed(
  stored: number,
  dataClasses: readonly string[],
  decision: Decision | undefined,
): boolean {
  if (stored === 1) return true;
  return dataClassesBeyondAllowed(decision ?? null, dataClasses as readonly DataClass[]).length > 0;
}

/** The current decisions of the given tools, by tool id. */
export async function decisionsOf(db: Db, toolIds: readonly string[]): Promise<Map<string, Decision>> {
  if (toolIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('tool_id', 'in', [...new Set(toolIds)])
    .execute();
  return new Map(rows.map((r) => [r.tool_id, decisionFromRow(r)]));
}
