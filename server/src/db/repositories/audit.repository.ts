import { canonicalJson } from '../../audit/canonical';
import type { Db } from '../database';
import { nextLink } from './chain.repository';

export interface AuditEntry {
  actor: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
}

/** Appends one admin change to the audit chain; call inside the change's own transaction. */
export async function appendAudit(trx: Db, entry: AuditEntry, at = Date.now()): Promise<number> {
  const details = canonicalJson(entry.details);
  const record = { at, actor: entry.actor, action: entry.action, target: entry.target, details };
  const link = await nextLink(trx, 'audit_log', record);
  await trx
    .insertInto('audit_log')
    .values({ ...record, seq: link.seq, prev_hash: link.prevHash, hash: link.hash })
    .execute();
  return link.seq;
}

export async function listAudit(db: Db, opts: { limit: number; beforeSeq?: number }) {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(opts.limit);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  return q.execute();
}
