import { annexIIIArea } from '@lantern/shared';
import type { PurposeCategory } from '@lantern/shared';
import type { Db } from '../db/database';
import {
  CHASE_COLUMNS,
  CHASE_FILTERS,
  chaseCsvRow,
  chaseList,
  type ChaseFilter,
} from '../identity/chase-list';
import type { InventoryToolRow } from '../inventory/tools';
import { bypassFilterFromParams, bypassRows } from '../inventory/bypasses';
import { inventoryView, inventoryViewFromParams } from '../inventory/query';
import { inventoryTools } from '../inventory/tools';
import type { PersonLabel } from '../security/people';
import { personLabeler } from '../security/people';
import { inventorySuppliers } from './suppliers';

import { literacyDataset } from '../literacy/evidence';
import { dataClassesColumn } from '../db/codecs';

export const EXPORT_NAMES = [
  'inventory',
  'acknowledgements',
  'registrations',
  'suppliers',
  'literacy',
  'people',
  'justifications',
] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];

export type Row = Record<string, unknown>;

/**
 * A row as JSON exports write it. Columns keep their CSV names, except identity assurance, which
 * contracts.md names `identityAssurance` in JSON (`identity_assurance` in CSV).
 */
export function jsonRow(row: Row): Row {
  if (!('identity_assurance' in row)) return row;
  const { identity_assurance: identityAssurance, ...rest } = row;
  return { ...rest, identityAssurance };
}

export interface Dataset {
  columns: string[];
  rows: Row[];
}

/** A dataset read a page of rows at a time, so whoever writes it out never holds all of it. */
export interface PagedDataset {
  columns: string[];
  pages: AsyncIterable<Row[]>;
}

/** Rows per page: large enough that a page costs one quick query, small enough to stay cheap to hold. */
export const PAGE_ROWS = 5000;

/**
 * Keyset paging: `fetch(after, size)` returns at most `size` rows that follow the key `after` in the
 * dataset's order (all from the start when `after` is null); `keyOf` gives a row's key.
 */
export async function* keysetPages<T, K>(
  fetch: (after: K | null, size: number) => Promise<T[]>,
  keyOf: (row: T) => K,
  size = PAGE_ROWS,
): AsyncGenerator<T[]> {
  let after: K | null = null;
  for (;;) {
    const rows = await fetch(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]!);
  }
}

/** Every row of a paged dataset, in order. */
export async function collect(data: PagedDataset): Promise<Dataset> {
  const rows: Row[] = [];
  for await (const page of data.pages) rows.push(...page);
  return { columns: data.columns, rows };
}

/** A dataset already in memory, as one page. */
export function asPages(data: Dataset): PagedDataset {
  return {
    columns: data.columns,
    pages: (async function* () {
      yield data.rows;
    })(),
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The inventory as exported: one row per tool, most used first (or in the order given, for a view). */
export function inventoryDataset(tools: readonly InventoryToolRow[], keepOrder = false): Dataset {
  const rows = keepOrder
    ? tools
    : [...tools].sort((a, b) => b.users - a.users || a.name.localeCompare(b.name));
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

/** Acceptances in chain order (seq), a page at a time. */
export function acknowledgementPages(db: Db, label: PersonLabel, size = PAGE_ROWS): PagedDataset {
  const pages = keysetPages(
    async (after: number | null, n) => {
      const rows = await db
        .selectFrom('acknowledgements')
        .innerJoin('users', 'users.id', 'acknowledgements.user_id')
        // How the identity of the browser that sent the acceptance was established (issue 14).
        .leftJoin('devices', 'devices.id', 'acknowledgements.device_id')
        .select([
          'seq',
          'acknowledgements.id',
          'users.id as user_id',
          'users.email',
          'acknowledgements.device_id',
          'policy_version',
        ])
        .select([
          'devices.identity_assurance as device_assurance',
          'users.identity_assurance as person_assurance',
        ])
        .select(['policy_sha256', 'tool_id', 'conditions_sha256', 'at', 'received_at', 'prev_hash', 'hash'])
        .$if(after !== null, (q) => q.where('seq', '>', after!))
        .orderBy('seq')
        .limit(n)
        .execute();
      return rows.map((r) => ({
        seq: Number(r.seq),
        event_id: r.id,
        person: label({ id: r.user_id, email: r.email }),
        device_id: r.device_id,
        identity_assurance: r.device_assurance ?? r.person_assurance,
        policy_version: Number(r.policy_version),
        policy_sha256: r.policy_sha256,
        tool_id: r.tool_id,
        conditions_sha256: r.conditions_sha256,
        accepted_at: iso(Number(r.at)),
        received_at: iso(Number(r.received_at)),
        prev_hash: r.prev_hash,
        hash: r.hash,
      }));
    },
    (r) => r.seq,
    size,
  );
  return {
    columns: [
      'seq',
      'event_id',
      'person',
      'device_id',
      'identity_assurance',
      'policy_version',
      'policy_sha256',
      'tool_id',
      'conditions_sha256',
      'accepted_at',
      'received_at',
      'prev_hash',
      'hash',
    ],
    pages,
  };
}

/**
 * Each person's current registration per tool, by tool and time (and person, where those tie), a
 * page at a time along the current_registrations_tool_at index.
 */
export function registrationPages(db: Db, label: PersonLabel, size = PAGE_ROWS): PagedDataset {
  type Key = { tool_id: string; at: number; user_id: string };
  const pages = keysetPages(
    async (after: Key | null, n) => {
      const rows = await db
        .selectFrom('current_registrations')
        .innerJoin('users', 'users.id', 'current_registrations.user_id')
        .select([
          'current_registrations.user_id',
          'users.email',
          'users.identity_assurance',
          'tool_id',
          'purpose_category',
          'purpose_text',
          'data_classes',
          'affects_people',
          'withdrawn',
          'at',
        ])
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb(
              eb.refTuple(
                'current_registrations.tool_id',
                'current_registrations.at',
                'current_registrations.user_id',
              ),
              '>',
              eb.tuple(after!.tool_id, after!.at, after!.user_id),
            ),
          ),
        )
        .orderBy('current_registrations.tool_id')
        .orderBy('current_registrations.at')
        .orderBy('current_registrations.user_id')
        .limit(n)
        .execute();
      return rows.map((r) => ({
        key: { tool_id: r.tool_id, at: Number(r.at), user_id: r.user_id },
        row: {
          person: label({ id: r.user_id, email: r.email }),
          identity_assurance: r.identity_assurance,
          tool_id: r.tool_id,
          purpose_category: r.purpose_category,
          purpose_text: r.purpose_text,
          data_classes: dataClassesColumn.decode(r.data_classes),
          affects_people: r.affects_people === 1,
          annex_iii_area: r.purpose_category ? annexIIIArea(r.purpose_category as PurposeCategory) : null,
          withdrawn: r.withdrawn === 1,
          registered_at: iso(Number(r.at)),
        },
      }));
    },
    (r) => r.key,
    size,
  );
  return {
    columns: [
      'person',
      'identity_assurance',
      'tool_id',
      'purpose_category',
      'purpose_text',
      'data_classes',
      'affects_people',
      'annex_iii_area',
      'withdrawn',
      'registered_at',
    ],
    pages: rowsOf(pages),
  };
}

/** Reasons given to open a prohibited tool, as the evidence pack's justifications dataset names them. */
const BYPASS_COLUMNS = ['id', 'person', 'device_id', 'tool_id', 'reason', 'justified_at'];

/** Pages of `{ key, row }` (the key pages on, the row is exported) as pages of rows. */
async function* rowsOf<K>(pages: AsyncIterable<{ key: K; row: Row }[]>): AsyncGenerator<Row[]> {
  for await (const page of pages) yield page.map((p) => p.row);
}

/** The People page's view (chase list filter and department) for the `people` export. */
export interface PeopleView {
  filter: ChaseFilter;
  department?: string;
}

/** `?filter=…&department=…` of the People page's "export this view"; unknown values mean everyone. */
export function peopleViewFromParams(query: URLSearchParams): PeopleView {
  const filter = query.get('filter') ?? 'all';
  const department = query.get('department')?.slice(0, 200) || undefined;
  return {
    filter: (CHASE_FILTERS as readonly string[]).includes(filter) ? (filter as ChaseFilter) : 'all',
    ...(department === undefined ? {} : { department }),
  };
}

/**
 * One export, as the HTTP and CLI exports serve it (whole, in memory). `view` narrows it to what a
 * dashboard list shows (its address's filters); parsing it throws a ZodError on a filter it does not know.
 */
export async function loadDataset(
  db: Db,
  name: ExportName,
  now = Date.now(),
  view?: URLSearchParams,
): Promise<Dataset> {
  switch (name) {
    case 'people': {
      const people = peopleViewFromParams(view ?? new URLSearchParams());
      const list = await chaseList(db, await personLabeler(db), { ...people, limit: 1_000_000, offset: 0 });
      return { columns: CHASE_COLUMNS, rows: list.rows.map(chaseCsvRow) };
    }
    case 'inventory': {
      const tools = await inventoryTools(db, now);
      if (!view || view.size === 0) return inventoryDataset(tools);
      return inventoryDataset(inventoryView(tools, inventoryViewFromParams(view), now), true);
    }
    case 'acknowledgements':
      return collect(acknowledgementPages(db, await personLabeler(db)));
    case 'registrations':
      return collect(registrationPages(db, await personLabeler(db)));
    case 'suppliers':
      return inventorySuppliers(await inventoryTools(db, now));
    case 'literacy':
      return literacyDataset(db, now);
    case 'justifications': {
      const filter = bypassFilterFromParams(view ?? new URLSearchParams());
      return { columns: BYPASS_COLUMNS, rows: await bypassRows(db, await personLabeler(db), filter, now) };
    }
  }
}
