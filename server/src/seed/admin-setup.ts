import type { DecisionInput, PolicyVersion, Tool } from '@lantern/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { appendAudit } from '../db/repositories/audit.repository';
import { bumpConfigVersion } from '../db/repositories/config.repository';
import { upsertDecision } from '../db/repositories/decisions.repository';
import { insertOrgTool } from '../db/repositories/org-tools.repository';
import { publishPolicy } from '../db/repositories/policies.repository';

export const SEED_ACTOR = 'demo admin (seed)';

export type AdminChange =
  | { at: number; kind: 'tool'; tool: Tool }
  | { at: number; kind: 'decision'; decision: DecisionInput }
  | { at: number; kind: 'policy'; title: string; body: string; changeSummary: string | null };

/**
 * Applies admin changes in time order, each in its own transaction with its audit record and a
 * config version bump, the way an admin's changes arrive, so the audit chain reads chronologically.
 */
export async function applyAdminChanges(
  db: Kysely<Database>,
  changes: readonly AdminChange[],
): Promise<PolicyVersion[]> {
  const policies: PolicyVersion[] = [];
  for (const change of [...changes].sort((a, b) => a.at - b.at)) {
    await db.transaction().execute(async (trx) => {
      switch (change.kind) {
        case 'tool':
          await insertOrgTool(trx, change.tool, change.at);
          await appendAudit(
            trx,
            {
              actor: SEED_ACTOR,
              action: 'tool.create',
              target: change.tool.id,
              details: { name: change.tool.name },
            },
            change.at,
          );
          break;
        case 'decision': {
          const d = await upsertDecision(trx, change.decision, SEED_ACTOR, change.at);
          await appendAudit(
            trx,
            { actor: SEED_ACTOR, action: 'decision.set', target: d.toolId, details: { ...change.decision } },
            change.at,
          );
          break;
        }
        case 'policy': {
          const p = await publishPolicy(trx, change, SEED_ACTOR, change.at);
          await appendAudit(
            trx,
            {
              actor: SEED_ACTOR,
              action: 'policy.publish',
              target: `v${p.version}`,
              details: { title: p.title, sha256: p.sha256 },
            },
            change.at,
          );
          policies.push(p);
          break;
        }
      }
      await bumpConfigVersion(trx);
    });
  }
  return policies;
}
