import type { SyncEvent } from '@lantern/shared';
import type { Db } from '../db/database';
import { catalogTool } from '../tools/known-tools';
import { EventRejectedError } from './types';

/** Tool ids an event refers to, with the field that holds each. */
function toolRefs(e: SyncEvent): Array<[string, string]> {
  switch (e.kind) {
    case 'usage':
    case 'embedded_discovery':
    case 'registration':
    case 'registration_withdrawal':
    case 'justification':
    case 'approval_request':
    case 'data_guard':
      return [['toolId', e.toolId]];
    case 'acknowledgement':
      return e.toolId === null ? [] : [['toolId', e.toolId]];
    case 'extension_inventory':
      return e.extensions.map((x, i) => [`extensions[${i}].toolId`, x.toolId]);
    case 'self_report':
      return [];
  }
}

/**
 * Checks what the schema cannot: tools exist, acknowledgements bind to a published policy text.
 * Runs before anything is written, so a refused batch stores nothing.
 */
export async function validateAgainstDatabase(db: Db, events: readonly SyncEvent[]): Promise<void> {
  // Nearly every event names a catalog tool; only the others are looked up, and only by id.
  const others = new Set<string>();
  for (const e of events)
    for (const [, toolId] of toolRefs(e)) if (catalogTool(toolId) === undefined) others.add(toolId);
  const orgTools = new Set<string>();
  if (others.size > 0) {
    const rows = await db
      .selectFrom('org_tools')
      .select('id')
      .where('id', 'in', [...others])
      .execute();
    for (const r of rows) orgTools.add(r.id);
  }
  const known = { has: (toolId: string) => catalogTool(toolId) !== undefined || orgTools.has(toolId) };
  const policies = new Map<number, string>();
  const versions = [
    ...new Set(events.flatMap((e) => (e.kind === 'acknowledgement' ? [e.policyVersion] : []))),
  ];
  if (versions.length > 0) {
    const rows = await db
      .selectFrom('policy_versions')
      .select(['version', 'sha256'])
      .where('version', 'in', versions)
      .execute();
    for (const r of rows) policies.set(Number(r.version), r.sha256);
  }
  events.forEach((e, i) => {
    for (const [field, toolId] of toolRefs(e)) {
      if (!known.has(toolId)) throw new EventRejectedError(i, field, `unknown tool id "${toolId}"`);
    }
    if (e.kind !== 'acknowledgement') return;
    const sha = policies.get(e.policyVersion);
    if (sha === undefined)
      throw new EventRejectedError(
        i,
        'policyVersion',
        `policy version ${e.policyVersion} was never published`,
      );
    if (sha !== e.policySha256) {
      throw new EventRejectedError(
        i,
        'policySha256',
        `does not match the text of policy version ${e.policyVersion}`,
      );
    }
  });
}
