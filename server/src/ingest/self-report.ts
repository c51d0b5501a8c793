import type { EventOf, Tool } from '@lantern/shared';
import { DEFAULT_ENFORCEMENT } from '@lantern/shared';
import type { Db } from '../db/database';
import { bumpConfigVersion } from '../db/repositories/config.repository';
import { findOrgToolByHostOrName, insertOrgTool } from '../db/repositories/org-tools.repository';
import { upsertDecision } from '../db/repositories/decisions.repository';
import type { Presence, Tagged } from './fold';
import type { NewRequest } from './records';

function slug(name: string): string {
  const s = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || 'tool';
}

/**
 * "I use a tool Lantern does not know": the tool becomes an organisation tool under review (unless
 * someone reported it already) and a pending request, so IT sees it and every browser recognises it.
 * One at a time and in order (a second report of the same new tool finds the first one's); returns
 * the request to store, and the tool's presence joins the other pushed presence.
 */
export async function resolveSelfReport(
  trx: Db,
  { e, o }: Tagged<EventOf<'self_report'>>,
  presence: Presence,
): Promise<Tagged<NewRequest>> {
  const now = o.now;
  let toolId = (await findOrgToolByHostOrName(trx, e.hostname, e.name))?.id;
  if (!toolId) {
    const base = `org-${slug(e.name)}`;
    toolId = base;
    for (
      let n = 2;
      await trx.selectFrom('org_tools').select('id').where('id', '=', toolId).executeTakeFirst();
      n++
    ) {
      toolId = `${base}-${n}`;
    }
    const tool: Tool = {
      id: toolId,
      name: e.name.trim(),
      vendor: 'Unknown (self-reported)',
      category: e.category ?? 'other',
      domains: e.hostname ? [e.hostname] : [],
      urlPrefixes: [],
      apiEndpoints: [],
      extensionIds: [],
      supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
      source: 'self-reported',
      checked: new Date(now).toISOString().slice(0, 10),
    };
    await insertOrgTool(trx, tool, now);
    await upsertDecision(
      trx,
      {
        toolId,
        status: 'review',
        enforcement: DEFAULT_ENFORCEMENT.review,
        conditions: null,
        allowedDataClasses: [],
        alternativeToolId: null,
      },
      'self-report',
      now,
    );
    await bumpConfigVersion(trx);
  }
  const reason = e.purposeText.trim() || `Self-reported use of ${e.name.trim()}`;
  presence.selfReported(o.userId, toolId, e.at);
  return { e: { id: e.id, kind: 'self_report', toolId, reason, at: e.at }, o };
}
