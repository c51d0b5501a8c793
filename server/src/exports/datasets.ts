import type { Db } from '../db/database';
import {
  CHASE_COLUMNS,
  CHASE_FILTERS,
  chaseCsvRow,
  chaseList,
  type ChaseFilter,
} from '../identity/chase-list';
import { bypassFilterFromParams, bypassRows } from '../inventory/bypasses';
import { inventoryView, inventoryViewFromParams } from '../inventory/query';
import { inventoryTools } from '../inventory/tools';
import { personLabeler } from '../security/people';
import { literacyDataset } from '../literacy/evidence';
import { inventoryDataset } from './inventory-dataset';
import { collect } from './paged';
import type { Dataset, Row } from './paged';
import { acknowledgementPages } from './acknowledgement-pages';
import { registrationPages } from './registration-pages';
import { inventorySuppliers } from './suppliers';

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

/**
 * A row as JSON exports write it. Columns keep their CSV names, except identity assurance, which
 * docs/evidence.md names `identityAssurance` in JSON (`identity_assurance` in CSV).
 */
export function jsonRow(row: Row): Row {
  if (!('identity_assurance' in row)) return row;
  const { identity_assurance: identityAssurance, ...rest } = row;
  return { ...rest, identityAssurance };
}

export { asPages, collect, keysetPages, PAGE_ROWS } from './paged';
export type { Dataset, PagedDataset, Row } from './paged';
export { inventoryDataset } from './inventory-dataset';
export { acknowledgementPages } from './acknowledgement-pages';
export { registrationPages } from './registration-pages';

/** Reasons given to open a prohibited tool, as the evidence pack's justifications dataset names them. */
const BYPASS_COLUMNS = ['id', 'person', 'device_id', 'tool_id', 'reason', 'justified_at'];

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
