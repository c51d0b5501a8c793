import { annexIIIArea, PURPOSE_CATEGORIES } from '@lantern/shared';
import type { Decision, PurposeCategory } from '@lantern/shared';
import type { Db } from '../db/database';
import { listDecisions } from '../db/repositories/decisions.repository';
import type { Dataset } from '../exports/datasets';
import type { InventoryToolRow } from '../inventory/tools';
import { personLabeler } from '../security/people';
import type { PersonLabel } from '../security/people';
import type { ControlId } from './controls';
import { inUse } from './bom';
import { iso } from '../exports/iso';
import { dataClassesColumn } from '../db/codecs';
import { currentPolicy, currentRegistrations, devicesSilentSince, peopleNotAccepting } from './gaps-queries';
import type { CurrentRegistration } from './gaps-queries';

export const GAP_KINDS = {
  'tool-without-decision': {
    controls: ['ISO42001:A.9.2', 'ISO42001:A.4.4', 'EUAIA:Art.26'],
    meaning: 'someone uses the tool and the organisation has made no decision on it',
  },
  'policy-not-accepted': {
    controls: ['ISO42001:A.2.2', 'ISO42001:7.3', 'EUAIA:Art.4'],
    meaning: 'a person with an active browser has never accepted the current policy version',
  },
  'annex-iii-not-reviewed': {
    controls: ['EUAIA:Art.26', 'ISO42001:A.9.4'],
    meaning:
      'a purpose in an EU AI Act Annex III area, and no decision on the tool (other than "under review") made after it was registered',
  },
  'data-outside-conditions': {
    controls: ['ISO42001:A.4.3', 'ISO42001:A.9.2'],
    meaning: 'a tool approved with conditions is registered for data classes its decision does not allow',
  },
  'device-not-synced': {
    controls: ['ISO42001:A.6.2.8', 'EUAIA:Art.26'],
    meaning: 'an active (not revoked) browser has not reported for 30 days: its records may be missing',
  },
} as const satisfies Record<string, { controls: ControlId[]; meaning: string }>;

export type GapKind = keyof typeof GAP_KINDS;
export const STALE_DEVICE_DAYS = 30;

interface Gap {
  kind: GapKind;
  tool_id: string | null;
  person: string | null;
  device_id: string | null;
  detail: string;
  since: string | null;
}

const isPurpose = (p: string | null): p is PurposeCategory =>
  p !== null && (PURPOSE_CATEGORIES as readonly string[]).includes(p);

/** Records one gap; the fields a kind does not concern stay null. */
type Found = (g: Partial<Gap> & Pick<Gap, 'kind' | 'detail'>) => void;
type Decisions = Map<string, Decision>;

function toolsWithoutDecision(tools: InventoryToolRow[], decisions: Decisions, found: Found): void {
  for (const t of tools.filter((t) => inUse(t) && !decisions.has(t.toolId)))
    found({
      kind: 'tool-without-decision',
      tool_id: t.toolId,
      detail: `${t.users} people seen using it, ${t.registrations} registrations`,
      since: iso(t.firstSeenAt),
    });
}

/** People with an active browser who never accepted the current policy; or that there is none. */
async function policyNotAccepted(db: Db, label: PersonLabel, found: Found): Promise<void> {
  const current = await currentPolicy(db);
  let enrolled = 0;
  for await (const page of peopleNotAccepting(db, current)) {
    enrolled += page.length;
    if (current)
      for (const p of page)
        found({
          kind: 'policy-not-accepted',
          person: label(p),
          detail: `policy version ${Number(current.version)}`,
          since: iso(p.enrolled),
        });
  }
  if (!current && enrolled > 0)
    found({ kind: 'policy-not-accepted', detail: `no policy published; ${enrolled} people enrolled` });
}

/** An Annex III purpose without a later decision, and data classes a conditional approval does not allow. */
function registrationGaps(r: CurrentRegistration, d: Decision | undefined, label: PersonLabel, found: Found) {
  const area = isPurpose(r.purpose_category) ? annexIIIArea(r.purpose_category) : null;
  const reviewed = d !== undefined && d.status !== 'review' && d.decidedAt >= Number(r.at);
  if (area !== null && !reviewed)
    found({
      kind: 'annex-iii-not-reviewed',
      tool_id: r.tool_id,
      person: label(r),
      detail: `Annex III area ${area} (${r.purpose_category})`,
      since: iso(r.at),
    });
  if (d?.status !== 'conditional') return;
  const outside = dataClassesColumn
    .decode(r.data_classes)
    .filter((c) => !(d.allowedDataClasses as string[]).includes(c));
  if (outside.length > 0)
    found({
      kind: 'data-outside-conditions',
      tool_id: r.tool_id,
      person: label(r),
      detail: `not allowed: ${outside.join(', ')}`,
      since: iso(r.at),
    });
}

async function devicesNotSynced(db: Db, now: number, label: PersonLabel, found: Found): Promise<void> {
  for await (const devices of devicesSilentSince(db, now - STALE_DEVICE_DAYS * 86_400_000))
    for (const d of devices)
      found({
        kind: 'device-not-synced',
        device_id: d.device_id,
        person: label(d),
        detail: d.last_seen_at === null ? 'never synced' : 'last sync',
        since: iso(Number(d.last_seen_at ?? d.created_at)),
      });
}

/** Every gap the evidence shows, in a stable order (kind, tool, person, device). */
export async function gapsDataset(db: Db, now: number, tools: InventoryToolRow[]): Promise<Dataset> {
  const label = await personLabeler(db);
  const decisions: Decisions = new Map((await listDecisions(db)).map((d) => [d.toolId, d]));
  const gaps: Gap[] = [];
  const found: Found = (g) => gaps.push({ tool_id: null, person: null, device_id: null, since: null, ...g });
  toolsWithoutDecision(tools, decisions, found);
  await policyNotAccepted(db, label, found);
  for await (const registrations of currentRegistrations(db))
    for (const r of registrations) registrationGaps(r, decisions.get(r.tool_id), label, found);
  await devicesNotSynced(db, now, label, found);

  const order = Object.keys(GAP_KINDS);
  const key = (g: Gap) => [g.tool_id ?? '', g.person ?? '', g.device_id ?? ''].join('\u0000');
  gaps.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || key(a).localeCompare(key(b)));
  return {
    columns: ['kind', 'tool_id', 'person', 'device_id', 'detail', 'since'],
    rows: gaps.map((g) => ({ ...g })),
  };
}
