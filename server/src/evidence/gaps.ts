import { annexIIIArea, PURPOSE_CATEGORIES } from '@lantern/shared';
import type { PurposeCategory } from '@lantern/shared';
import type { ExpressionBuilder } from 'kysely';
import type { Database, Db } from '../db/database';
import { listDecisions } from '../db/repositories/decisions.repository';
import { keysetPages } from '../exports/datasets';
import type { Dataset } from '../exports/datasets';
import { acceptedSql } from '../inventory/acceptance';
import type { InventoryToolRow } from '../inventory/tools';
import { personLabeler } from '../security/people';
import type { ControlId } from './controls';
import { inUse } from './bom';
import { iso } from './datasets';
import { dataClassesColumn } from '../db/codecs';

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

/** Every gap the evidence shows, in a stable order (kind, tool, person, device). */
export async function gapsDataset(db: Db, now: number, tools: InventoryToolRow[]): Promise<Dataset> {
  const label = await personLabeler(db);
  const decisions = new Map((await listDecisions(db)).map((d) => [d.toolId, d]));
  const gaps: Gap[] = [];
  const gap = (g: Partial<Gap> & Pick<Gap, 'kind' | 'detail'>) =>
    gaps.push({ tool_id: null, person: null, device_id: null, since: null, ...g });

  for (const t of tools.filter((t) => inUse(t) && !decisions.has(t.toolId)))
    gap({
      kind: 'tool-without-decision',
      tool_id: t.toolId,
      detail: `${t.users} people seen using it, ${t.registrations} registrations`,
      since: iso(t.firstSeenAt),
    });

  const current = await db
    .selectFrom('policy_versions')
    .select(['version', 'sha256'])
    .orderBy('version', 'desc')
    .executeTakeFirst();
  // People with an active browser, a page at a time in id order (each person found by key, not by
  // grouping every device); with a policy, only those who never accepted it.
  const activeDevices = (eb: ExpressionBuilder<Database, 'users'>) =>
    eb
      .selectFrom('devices')
      .whereRef('devices.user_id', '=', 'users.id')
      .where('devices.revoked_at', 'is', null);
  let enrolled = 0;
  for await (const page of keysetPages(
    (after: string | null, n) =>
      db
        .selectFrom('users')
        .select((eb) => [
          'users.id',
          'users.email',
          activeDevices(eb)
            .select((e) => e.fn.min('devices.created_at').as('m'))
            .as('enrolled'),
        ])
        .where((eb) => eb.exists(activeDevices(eb).select('devices.id')))
        .$if(after !== null, (q) => q.where('users.id', '>', after!))
        .$if(current !== undefined, (q) =>
          // "Accepted" as every figure counts it (inventory/acceptance.ts).
          q.where((eb) =>
            eb.not(acceptedSql('users.id', { version: Number(current!.version), sha256: current!.sha256 })),
          ),
        )
        .orderBy('users.id')
        .limit(n)
        .execute(),
    (r) => r.id,
  )) {
    enrolled += page.length;
    if (current)
      for (const p of page)
        gap({
          kind: 'policy-not-accepted',
          person: label(p),
          detail: `policy version ${Number(current.version)}`,
          since: iso(p.enrolled),
        });
  }
  if (!current && enrolled > 0)
    gap({ kind: 'policy-not-accepted', detail: `no policy published; ${enrolled} people enrolled` });

  for await (const registrations of keysetPages(
    (after: { id: string; tool_id: string } | null, n) =>
      db
        .selectFrom('current_registrations')
        .innerJoin('users', 'users.id', 'current_registrations.user_id')
        .where('withdrawn', '=', 0)
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb(
              eb.refTuple('current_registrations.user_id', 'current_registrations.tool_id'),
              '>',
              eb.tuple(after!.id, after!.tool_id),
            ),
          ),
        )
        .select(['users.id', 'users.email', 'tool_id', 'purpose_category', 'data_classes', 'at'])
        .orderBy('current_registrations.user_id')
        .orderBy('current_registrations.tool_id')
        .limit(n)
        .execute(),
    (r) => ({ id: r.id, tool_id: r.tool_id }),
  ))
    for (const r of registrations) {
      const d = decisions.get(r.tool_id);
      const area = isPurpose(r.purpose_category) ? annexIIIArea(r.purpose_category) : null;
      const reviewed = d !== undefined && d.status !== 'review' && d.decidedAt >= Number(r.at);
      if (area !== null && !reviewed)
        gap({
          kind: 'annex-iii-not-reviewed',
          tool_id: r.tool_id,
          person: label(r),
          detail: `Annex III area ${area} (${r.purpose_category})`,
          since: iso(r.at),
        });
      if (d?.status === 'conditional') {
        const outside = dataClassesColumn
          .decode(r.data_classes)
          .filter((c) => !(d.allowedDataClasses as string[]).includes(c));
        if (outside.length > 0)
          gap({
            kind: 'data-outside-conditions',
            tool_id: r.tool_id,
            person: label(r),
            detail: `not allowed: ${outside.join(', ')}`,
            since: iso(r.at),
          });
      }
    }

  const cutoff = now - STALE_DEVICE_DAYS * 86_400_000;
  for await (const devices of keysetPages(
    (after: string | null, n) =>
      db
        .selectFrom('devices')
        .innerJoin('users', 'users.id', 'devices.user_id')
        .where('revoked_at', 'is', null)
        .where((eb) => eb(eb.fn.coalesce('last_seen_at', 'devices.created_at'), '<', cutoff))
        .$if(after !== null, (q) => q.where('devices.id', '>', after!))
        .select(['devices.id as device_id', 'users.id', 'users.email', 'devices.created_at', 'last_seen_at'])
        .orderBy('devices.id')
        .limit(n)
        .execute(),
    (r) => r.device_id,
  ))
    for (const d of devices)
      gap({
        kind: 'device-not-synced',
        device_id: d.device_id,
        person: label(d),
        detail: d.last_seen_at === null ? 'never synced' : 'last sync',
        since: iso(Number(d.last_seen_at ?? d.created_at)),
      });

  const order = Object.keys(GAP_KINDS);
  const key = (g: Gap) => [g.tool_id ?? '', g.person ?? '', g.device_id ?? ''].join('\u0000');
  gaps.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || key(a).localeCompare(key(b)));
  return {
    columns: ['kind', 'tool_id', 'person', 'device_id', 'detail', 'since'],
    rows: gaps.map((g) => ({ ...g })),
  };
}
