import { randomUUID } from 'node:crypto';
import { hashToken } from '../../security/tokens';
import type { Db } from '../database';

/** How long a person has to sign in at the provider before the attempt is void. */
export const OIDC_FLOW_TTL_MS = 10 * 60 * 1000;

export interface NewFlow {
  state: string;
  binding: string;
  nonce: string;
  codeVerifier: string;
  purpose: 'dashboard' | 'enrol';
  /** For `enrol`: the challenge the grant will be bound to. */
  enrolChallenge?: string | null;
}

export async function createOidcFlow(db: Db, flow: NewFlow, now: number): Promise<void> {
  // Old attempts are worthless once expired; sweeping them here keeps the table small with no timer.
  await db
    .deleteFrom('oidc_flows')
    .where('expires_at', '<', now - OIDC_FLOW_TTL_MS)
    .execute();
  await db
    .insertInto('oidc_flows')
    .values({
      id: randomUUID(),
      state_hash: hashToken(flow.state),
      binding_hash: hashToken(flow.binding),
      nonce: flow.nonce,
      code_verifier: flow.codeVerifier,
      purpose: flow.purpose,
      enrol_challenge: flow.enrolChallenge ?? null,
      created_at: now,
      expires_at: now + OIDC_FLOW_TTL_MS,
      used_at: null,
    })
    .execute();
}

export type TakenFlow =
  | { ok: true; nonce: string; codeVerifier: string; purpose: string; enrolChallenge: string | null }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'other-browser' };

/**
 * Claims the attempt named by `state` exactly once: the conditional update is the lock, so a replayed
 * or concurrently repeated callback finds it used, even on another server instance.
 */
export async function takeOidcFlow(
  db: Db,
  state: string,
  binding: string | null,
  now: number,
): Promise<TakenFlow> {
  const row = await db
    .selectFrom('oidc_flows')
    .selectAll()
    .where('state_hash', '=', hashToken(state))
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.used_at !== null) return { ok: false, reason: 'used' };
  if (Number(row.expires_at) <= now) return { ok: false, reason: 'expired' };
  if (binding === null || hashToken(binding) !== row.binding_hash)
    return { ok: false, reason: 'other-browser' };
  const res = await db
    .updateTable('oidc_flows')
    .set({ used_at: now })
    .where('id', '=', row.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return { ok: false, reason: 'used' };
  return {
    ok: true,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    purpose: row.purpose,
    enrolChallenge: row.enrol_challenge,
  };
}
