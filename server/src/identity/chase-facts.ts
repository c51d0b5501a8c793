import type { Db } from '../db/database';
import { currentPolicy } from '../db/repositories/policies.repository';
import { allowedDataClassesColumn, dataClassesColumn } from '../db/codecs';

/** Per user id, the facts a chase list filters on (one grouped query each, not one per person). */
export interface ChaseFacts {
  policyVersion: number | null;
  acceptedCurrent: Set<string>;
  acceptedEver: Set<string>;
  activeDevices: Map<string, number>;
  /** Users with a current registration naming data a conditional decision does not allow. */
  beyondAllowed: Set<string>;
}

export async function chaseFacts(db: Db): Promise<ChaseFacts> {
  const policy = await currentPolicy(db);
  const acks = await db
    .selectFrom('acknowledgements')
    .select(['user_id', (eb) => eb.fn.max('policy_version').as('latest')])
    .groupBy('user_id')
    .execute();
  const devices = await db
    .selectFrom('devices')
    .select(['user_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('revoked_at', 'is', null)
    .groupBy('user_id')
    .execute();
  return {
    policyVersion: policy?.version ?? null,
    acceptedEver: new Set(acks.map((a) => a.user_id)),
    acceptedCurrent: new Set(
      policy ? acks.filter((a) => Number(a.latest) >= policy.version).map((a) => a.user_id) : [],
    ),
    activeDevices: new Map(devices.map((d) => [d.user_id, Number(d.n)])),
    beyondAllowed: await beyondAllowed(db),
  };
}

/** Same rule as the evidence pack's `data-outside-conditions` gap (evidence/gaps.ts). */
async function beyondAllowed(db: Db): Promise<Set<string>> {
  const decisions = await db
    .selectFrom('decisions')
    .select(['tool_id', 'allowed_data_classes'])
    .where('status', '=', 'conditional')
    .execute();
  if (decisions.length === 0) return new Set();
  const allowed = new Map(
    decisions.map((d) => [d.tool_id, allowedDataClassesColumn.decode(d.allowed_data_classes)]),
  );
  const regs = await db
    .selectFrom('current_registrations')
    .select(['user_id', 'tool_id', 'data_classes'])
    .where('withdrawn', '=', 0)
    .where('tool_id', 'in', [...allowed.keys()])
    .execute();
  const out = new Set<string>();
  for (const r of regs) {
    const ok = allowed.get(r.tool_id) ?? [];
    if (dataClassesColumn.decode(r.data_classes).some((c) => !ok.includes(c))) out.add(r.user_id);
  }
  return out;
}
