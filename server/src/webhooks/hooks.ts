import type { Checkpoint } from '../audit/checkpoints';
import type { Db } from '../db/database';
import { getRequest } from '../db/repositories/requests.repository';
import { emitEvent } from './outbox';

/**
 * The calls the rest of the server makes, one line each where the change happens. Payloads carry
 * ids and facts, never a person's name or email (docs/integrations.md, "Personal data").
 */

export function requestAnswered(
  db: Db,
  r: { id: string; deviceId: string; status: string; decidedAt: number },
): Promise<unknown> {
  return (async () => {
    const row = await getRequest(db, { id: r.id, deviceId: r.deviceId });
    const data = {
      requestId: r.id,
      kind: row.kind,
      toolId: row.tool_id,
      status: r.status,
      decidedAt: new Date(r.decidedAt).toISOString(),
    };
    return emitEvent(db, 'request.answered', data, r.decidedAt, { notifyUserId: row.user_id });
  })();
}

export function policyPublished(
  db: Db,
  p: { version: number; title: string; sha256: string },
  now: number,
): Promise<unknown> {
  const data = {
    version: p.version,
    title: p.title,
    sha256: p.sha256,
    publishedAt: new Date(now).toISOString(),
  };
  return emitEvent(db, 'policy.published', data, now);
}

export function checkpointWritten(db: Db, c: Checkpoint, now: number): Promise<unknown> {
  return emitEvent(db, 'audit.checkpoint', { ...c }, now);
}
