import { annexIIIArea } from '@lantern/shared';
import type { PurposeCategory } from '@lantern/shared';
import type { Db } from '../db/database';
import { inventoryTools } from '../inventory/tools';
import { personLabeler } from '../security/people';

export const EXPORT_NAMES = ['inventory', 'acknowledgements', 'registrations'] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];

export interface Dataset {
  columns: string[];
  rows: Record<string, unknown>[];
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

async function inventory(db: Db, now: number): Promise<Dataset> {
  const rows = (await inventoryTools(db, now)).sort(
    (a, b) => b.users - a.users || a.name.localeCompare(b.name),
  );
  return {
    columns: [
      'tool_id',
      'name',
      'vendor',
      'category',
      'source',
      'status',
      'enforcement',
      'users',
      'devices',
      'users_30d',
      'visits_7d',
      'visits_30d',
      'active_seconds_7d',
      'active_seconds_30d',
      'first_seen',
      'last_seen',
      'signals',
      'registrations',
      'purposes',
      'data_classes',
      'acknowledged_current_policy',
      'coverage',
      'pending_requests',
      'flag_sensitive_data',
      'flag_annex_iii_areas',
    ],
    rows: rows.map((r) => ({
      tool_id: r.toolId,
      name: r.name,
      vendor: r.vendor,
      category: r.category,
      source: r.source,
      status: r.status,
      enforcement: r.enforcement,
      users: r.users,
      devices: r.devices,
      users_30d: r.users30d,
      visits_7d: r.visits7d,
      visits_30d: r.visits30d,
      active_seconds_7d: r.activeSeconds7d,
      active_seconds_30d: r.activeSeconds30d,
      first_seen: iso(r.firstSeenAt),
      last_seen: iso(r.lastSeenAt),
      signals: r.signals,
      registrations: r.registrations,
      purposes: Object.entries(r.purposes).map(([k, v]) => `${k}=${v}`),
      data_classes: Object.entries(r.dataClasses).map(([k, v]) => `${k}=${v}`),
      acknowledged_current_policy: r.acknowledged,
      coverage: r.coverage === null ? null : Number(r.coverage.toFixed(4)),
      pending_requests: r.pendingRequests,
      flag_sensitive_data: r.flags.sensitiveData,
      flag_annex_iii_areas: r.flags.annexIII,
    })),
  };
}

async function acknowledgements(db: Db): Promise<Dataset> {
  const label = await personLabeler(db);
  const rows = await db
    .selectFrom('acknowledgements')
    .innerJoin('users', 'users.id', 'acknowledgements.user_id')
    .select([
      'seq',
      'acknowledgements.id',
      'users.id as user_id',
      'users.email',
      'device_id',
      'policy_version',
    ])
    .select(['policy_sha256', 'tool_id', 'conditions_sha256', 'at', 'received_at', 'prev_hash', 'hash'])
    .orderBy('seq')
    .execute();
  return {
    columns: [
      'seq',
      'event_id',
      'person',
      'device_id',
      'policy_version',
      'policy_sha256',
      'tool_id',
      'conditions_sha256',
      'accepted_at',
      'received_at',
      'prev_hash',
      'hash',
    ],
    rows: rows.map((r) => ({
      seq: Number(r.seq),
      event_id: r.id,
      person: label({ id: r.user_id, email: r.email }),
      device_id: r.device_id,
      policy_version: Number(r.policy_version),
      policy_sha256: r.policy_sha256,
      tool_id: r.tool_id,
      conditions_sha256: r.conditions_sha256,
      accepted_at: iso(Number(r.at)),
      received_at: iso(Number(r.received_at)),
      prev_hash: r.prev_hash,
      hash: r.hash,
    })),
  };
}

async function registrations(db: Db): Promise<Dataset> {
  const label = await personLabeler(db);
  const rows = await db
    .selectFrom('current_registrations')
    .innerJoin('users', 'users.id', 'current_registrations.user_id')
    .select([
      'users.id as user_id',
      'users.email',
      'tool_id',
      'purpose_category',
      'purpose_text',
      'data_classes',
      'affects_people',
      'withdrawn',
      'at',
    ])
    .orderBy('tool_id')
    .orderBy('at')
    .execute();
  return {
    columns: [
      'person',
      'tool_id',
      'purpose_category',
      'purpose_text',
      'data_classes',
      'affects_people',
      'annex_iii_area',
      'withdrawn',
      'registered_at',
    ],
    rows: rows.map((r) => ({
      person: label({ id: r.user_id, email: r.email }),
      tool_id: r.tool_id,
      purpose_category: r.purpose_category,
      purpose_text: r.purpose_text,
      data_classes: JSON.parse(r.data_classes) as string[],
      affects_people: r.affects_people === 1,
      annex_iii_area: r.purpose_category ? annexIIIArea(r.purpose_category as PurposeCategory) : null,
      withdrawn: r.withdrawn === 1,
      registered_at: iso(Number(r.at)),
    })),
  };
}

export async function loadDataset(db: Db, name: ExportName, now = Date.now()): Promise<Dataset> {
  switch (name) {
    case 'inventory':
      return inventory(db, now);
    case 'acknowledgements':
      return acknowledgements(db);
    case 'registrations':
      return registrations(db);
  }
}
