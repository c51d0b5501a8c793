import type { InventoryToolRow } from '../inventory/tools';
import type { Dataset } from './paged';
import { iso } from './iso';

const INVENTORY_COLUMNS = [
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
];

function inventoryRecord(r: InventoryToolRow) {
  return {
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
  };
}

/** The inventory as exported: one row per tool, most used first (or in the order given, for a view). */
export function inventoryDataset(tools: readonly InventoryToolRow[], keepOrder = false): Dataset {
  const rows = keepOrder
    ? tools
    : [...tools].sort((a, b) => b.users - a.users || a.name.localeCompare(b.name));
  return { columns: INVENTORY_COLUMNS, rows: rows.map(inventoryRecord) };
}
