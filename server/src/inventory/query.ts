import { z } from 'zod';
import { TOOL_STATUSES } from '@lantern/shared';
import type { InventoryToolRow } from './tools';

export const INVENTORY_SORTS = [
  'name',
  'status',
  'users',
  'devices',
  'users30d',
  'visits7d',
  'visits30d',
  'activeSeconds30d',
  'lastSeenAt',
  'firstSeenAt',
  'registrations',
  'coverage',
  'pendingRequests',
] as const;

export const InventoryQuerySchema = z.strictObject({
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
  sort: z.enum(INVENTORY_SORTS).default('users'),
  order: z.enum(['asc', 'desc']).default('desc'),
  /** Case-insensitive match on tool id, name or vendor. */
  search: z.string().max(100).optional(),
  status: z
    .array(z.enum([...TOOL_STATUSES, 'undecided']))
    .max(5)
    .optional(),
  signal: z.enum(['visit', 'embedded', 'extension', 'self-reported']).optional(),
  category: z.string().max(40).optional(),
  flagged: z.boolean().optional(),
  /** Only tools seen within the last N days. */
  seenWithinDays: z.number().int().min(1).max(3650).optional(),
});
export type InventoryQuery = z.infer<typeof InventoryQuerySchema>;

function isFlagged(r: InventoryToolRow): boolean {
  return r.flags.sensitiveData || r.flags.annexIII.length > 0;
}

/** The filters and order of an inventory view, without paging: what "export this view" exports. */
export const InventoryViewSchema = InventoryQuerySchema.omit({ limit: true, offset: true });
export type InventoryView = z.infer<typeof InventoryViewSchema>;

/**
 * The view the dashboard's address names (`?q=…&status=…&sort=…`), as export links carry it.
 * Throws a ZodError on anything the dashboard would not send.
 */
export function inventoryViewFromParams(params: URLSearchParams): InventoryView {
  const one = (k: string) => params.get(k) ?? undefined;
  const flagged = one('flagged');
  return InventoryViewSchema.parse({
    search: one('q'),
    status: params.getAll('status').length > 0 ? params.getAll('status') : undefined,
    category: one('category'),
    signal: one('signal'),
    flagged:
      flagged === undefined ? undefined : flagged === 'yes' ? true : flagged === 'no' ? false : flagged,
    sort: one('sort'),
    order: one('order'),
  });
}

/** Every row of a view, filtered and sorted as the dashboard shows it. */
export function inventoryView(rows: InventoryToolRow[], v: InventoryView, now: number): InventoryToolRow[] {
  return queryInventory(rows, { ...v, limit: rows.length || 1, offset: 0 }, now).rows;
}

/** Filters, sorts (nulls last, then by name) and pages the tool rows. */
export function queryInventory(rows: InventoryToolRow[], q: InventoryQuery, now: number) {
  const needle = q.search?.trim().toLowerCase();
  const filtered = rows.filter(
    (r) =>
      (!needle || `${r.toolId} ${r.name} ${r.vendor}`.toLowerCase().includes(needle)) &&
      (!q.status || q.status.includes(r.status)) &&
      (!q.signal || r.signals.includes(q.signal)) &&
      (!q.category || r.category === q.category) &&
      (q.flagged === undefined || isFlagged(r) === q.flagged) &&
      (!q.seenWithinDays || (r.lastSeenAt !== null && r.lastSeenAt >= now - q.seenWithinDays * 86_400_000)),
  );
  const dir = q.order === 'asc' ? 1 : -1;
  filtered.sort((a, b) => {
    const x = a[q.sort];
    const y = b[q.sort];
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
    return c !== 0 && !Number.isNaN(c) ? c * dir : a.name.localeCompare(b.name);
  });
  return { total: filtered.length, rows: filtered.slice(q.offset, q.offset + q.limit) };
}
