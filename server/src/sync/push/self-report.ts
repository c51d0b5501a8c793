import type { EventOf } from '@lantern/shared';
import { LIMITS, classifyUrl } from '@lantern/shared';
import type { Db } from '../../db/database';
import { findOrgToolForReport, getOrgTool } from '../../db/repositories/org-tools.repository';
import {
  addReport,
  countOpenReports,
  findReportedTool,
  takeSelfReportQuota,
  toolIdFree,
} from '../../db/repositories/reported-tools.repository';
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

/** Why a self-report was refused, for the push answer's `rejected`. */
export const QUOTA_REASON = `self-report quota used up: at most ${LIMITS.selfReportsPerDevicePerDay} per device per day`;
export const QUEUE_REASON = `the review queue of reported tools is full (${LIMITS.openReportedTools}); try again after an admin reviewed it`;

export type SelfReportOutcome = { request: Tagged<NewRequest> } | { rejected: string };

/**
 * "I use a tool Lantern does not know" is a report, never configuration (issue 23, finding 1): it is
 * the employee's own request, attributed to the tool it names if the organisation or the catalog
 * knows it, and otherwise queued for an admin to accept or dismiss. Nothing any other browser pulls
 * changes. Each device has a daily quota; lookups go through indexes (no scan of every tool).
 * One at a time and in order: a second report of a new tool finds the first one's queue entry.
 */
export async function resolveSelfReport(
  trx: Db,
  { event: e, origin: o }: Tagged<EventOf<'self_report'>>,
  presence: Presence,
): Promise<SelfReportOutcome> {
  if (!(await takeSelfReportQuota(trx, o.deviceId, o.now))) return { rejected: QUOTA_REASON };
  const name = e.name.trim();
  const reason = e.purposeText.trim() || `Self-reported use of ${name}`;
  const request = (toolId: string): SelfReportOutcome => ({
    request: { event: { id: e.id, kind: 'self_report', toolId, reason, at: e.at }, origin: o },
  });

  const known =
    (await findOrgToolForReport(trx, e.hostname, name)) ??
    (e.hostname === null ? undefined : classifyUrl(e.hostname)?.toolId);
  if (known !== undefined) {
    presence.selfReported(o.userId, known, e.at);
    return request(known);
  }

  const nameKey = name.toLowerCase();
  const queued = await findReportedTool(trx, e.hostname, nameKey);
  if (queued?.status === 'accepted' && (await getOrgTool(trx, queued.id))) {
    presence.selfReported(o.userId, queued.id, e.at);
    return request(queued.id);
  }
  if (queued === undefined) {
    if ((await countOpenReports(trx)) >= LIMITS.openReportedTools) return { rejected: QUEUE_REASON };
    const base = `org-${slug(name)}`;
    // The event id's random tail makes a taken slug unique in one more lookup, the same on every replay.
    const id = (await toolIdFree(trx, base)) ? base : `${base}-${e.id.slice(-12)}`;
    await trx
      .insertInto('reported_tools')
      .values({
        id,
        name,
        name_key: nameKey,
        hostname: e.hostname,
        category: e.category,
        status: 'open',
        reports: 0,
        first_reported_at: e.at,
        last_reported_at: e.at,
        decided_by: null,
        decided_at: null,
      })
      .execute();
    await addReport(trx, id, o.userId, e.at);
    return request(id);
  }
  await addReport(trx, queued.id, o.userId, e.at);
  return request(queued.id);
}
