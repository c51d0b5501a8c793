import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../context';
import type { Database } from '../../db/database';
import { appendAudit } from '../../db/repositories/audit.repository';
import { bumpConfigVersion } from '../../db/repositories/config.repository';

type Staff = Extract<Principal, { kind: 'staff' }>;

/** How an admin appears in the audit log and on decisions: role, name and token id prefix. */
export function actorOf(staff: Staff): string {
  return `${staff.role}:${staff.name} (${staff.tokenId.slice(0, 8)})`;
}

export interface AdminChange {
  action: string;
  target: string;
  details: Record<string, unknown>;
  /** True when devices must see the change: bumps the config version in the same transaction. */
  affectsDevices: boolean;
}

/**
 * Runs an admin change and its audit record in one transaction, so there is never a change without
 * its audit entry (or the reverse).
 */
export async function adminTx<T>(
  ctx: { db: Kysely<Database>; staff: Staff; now: () => number },
  change: AdminChange | ((result: T) => AdminChange),
  fn: (trx: Transaction<Database>, now: number) => Promise<T>,
): Promise<T> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const result = await fn(trx, now);
    const c = typeof change === 'function' ? change(result) : change;
    await appendAudit(
      trx,
      { actor: actorOf(ctx.staff), action: c.action, target: c.target, details: c.details },
      now,
    );
    if (c.affectsDevices) await bumpConfigVersion(trx);
    return result;
  });
}
