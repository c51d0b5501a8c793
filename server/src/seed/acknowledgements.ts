import { createHash } from 'node:crypto';
import { uuidv7, type PolicyVersion, type SyncEvent } from '@lantern/shared';
import { DAY_MS, type Adoption, type Timeline } from './activity';
import type { SeededDevice } from './devices';
import type { Random } from './prng';

export interface AckPlan {
  device: SeededDevice;
  event: SyncEvent;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A person's acceptances: nearly everyone accepted v1 when they enrolled; about two thirds have
 * accepted v2 since it was published (the rest show up as the coverage gap); conditional tools
 * get their conditions accepted alongside the policy in force at the time.
 */
export function acknowledgementEvents(
  rng: Random,
  device: SeededDevice,
  adoptions: readonly Adoption[],
  policies: readonly PolicyVersion[],
  t: Timeline,
  now: number,
): AckPlan[] {
  const out: AckPlan[] = [];
  const inForceAt = (when: number) => [...policies].reverse().find((p) => p.publishedAt <= when);
  const ack = (when: number, toolId: string | null, conditions: string | null) => {
    const policy = inForceAt(when);
    if (!policy || when > now) return;
    out.push({
      device,
      event: {
        id: uuidv7(when),
        at: when,
        kind: 'acknowledgement',
        policyVersion: policy.version,
        policySha256: policy.sha256,
        toolId,
        conditionsSha256: conditions === null ? null : sha256(conditions),
      },
    });
  };
  const [v1, v2] = policies;
  if (v1 && rng.chance(0.93))
    ack(Math.max(device.enrolledAt, v1.publishedAt) + rng.int(1, 72) * 3_600_000, null, null);
  if (v2 && rng.chance(0.68)) ack(v2.publishedAt + rng.int(2, 24 * 18) * 3_600_000, null, null);
  for (const a of adoptions) {
    const d = a.demo.decision;
    if (d?.status !== 'conditional' || d.conditions === null || !rng.chance(0.7)) continue;
    ack(t.start + a.from * DAY_MS + rng.int(9, 17) * 3_600_000, a.demo.tool.id, d.conditions);
  }
  return out;
}
