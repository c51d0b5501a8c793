import {
  ENFORCEMENTS,
  TOOL_STATUSES,
  type Decision,
  type Enforcement,
  type ToolStatus,
} from '@lantern/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import type { SortState } from '../../components/DataTable';

export type DecisionSort = NonNullable<Parameters<typeof api.admin.decisions.page.query>[0]['sort']>;
export const SORTS: readonly DecisionSort[] = ['name', 'status', 'enforcement', 'decidedAt'];

/** One line of the list: a tool and its decision (none for tools nobody decided on yet). */
export interface ApprovedRow {
  toolId: string;
  name: string;
  decision: Decision | null;
  alternativeName: string | null;
  /** People who ever used the tool. */
  users: number;
}

export interface ApprovedFilters {
  search: string;
  /** A decided status, 'undecided', or '' for every decided tool. */
  status: string;
  enforcement: string;
  sort: SortState;
  limit: number;
  offset: number;
}

const isStatus = (s: string): s is ToolStatus => (TOOL_STATUSES as readonly string[]).includes(s);
const isEnforcement = (s: string): s is Enforcement => (ENFORCEMENTS as readonly string[]).includes(s);

/** Reads the sort from the URL, falling back to tool name for anything the server does not sort by. */
export function sortFrom(query: URLSearchParams): SortState {
  const key = query.get('sort') ?? 'name';
  return {
    key: (SORTS as readonly string[]).includes(key) ? key : 'name',
    dir: query.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

type DecisionPage = Awaited<ReturnType<typeof api.admin.decisions.page.query>>;
type InventoryPage = Awaited<ReturnType<typeof api.admin.inventory.tools.query>>;

const fromDecisions = (page: DecisionPage) => ({
  total: page.total,
  rows: page.rows.map(({ name, alternativeName, users, ...decision }): ApprovedRow => ({
    toolId: decision.toolId,
    name,
    decision,
    alternativeName,
    users,
  })),
});

const fromInventory = (page: InventoryPage) => ({
  total: page.total,
  rows: page.rows.map((r): ApprovedRow => ({
    toolId: r.toolId,
    name: r.name,
    decision: null,
    alternativeName: null,
    users: r.users,
  })),
});

/**
 * One page of the list, filtered and sorted by the server. Decided tools come from
 * `decisions.page`; "not decided" asks the inventory for tools in use without a decision, so they
 * too can be selected and decided on in bulk. The shown page stays while the next one loads.
 */
export function useApprovedList(f: ApprovedFilters) {
  const trpc = useTRPC();
  const undecided = f.status === 'undecided';
  const search = f.search || undefined;
  const order = f.sort.dir;
  const decided = useQuery({
    ...trpc.admin.decisions.page.queryOptions({
      search,
      status: isStatus(f.status) ? [f.status] : undefined,
      enforcement: isEnforcement(f.enforcement) ? [f.enforcement] : undefined,
      sort: f.sort.key as DecisionSort,
      order,
      limit: f.limit,
      offset: f.offset,
    }),
    enabled: !undecided,
    placeholderData: keepPreviousData,
    select: fromDecisions,
  });
  const inUse = useQuery({
    ...trpc.admin.inventory.tools.queryOptions({
      status: ['undecided'],
      search,
      sort: 'name',
      order,
      limit: f.limit,
      offset: f.offset,
    }),
    enabled: undecided,
    placeholderData: keepPreviousData,
    select: fromInventory,
  });
  return undecided ? inUse : decided;
}
