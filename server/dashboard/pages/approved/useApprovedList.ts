import {
  ENFORCEMENTS,
  TOOL_STATUSES,
  type Decision,
  type Enforcement,
  type ToolStatus,
} from '@lantern/shared';
import { api } from '../../api/client';
import type { SortState } from '../../components/DataTable';
import { useAsync } from '../../hooks/useAsync';

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

/**
 * One page of the list, filtered and sorted by the server. Decided tools come from
 * `decisions.page`; "not decided" asks the inventory for tools in use without a decision, so they
 * too can be selected and decided on in bulk.
 */
export async function loadApproved(f: ApprovedFilters): Promise<{ total: number; rows: ApprovedRow[] }> {
  const search = f.search || undefined;
  const order = f.sort.dir;
  if (f.status === 'undecided') {
    const page = await api.admin.inventory.tools.query({
      status: ['undecided'],
      search,
      sort: 'name',
      order,
      limit: f.limit,
      offset: f.offset,
    });
    return {
      total: page.total,
      rows: page.rows.map((r) => ({
        toolId: r.toolId,
        name: r.name,
        decision: null,
        alternativeName: null,
        users: r.users,
      })),
    };
  }
  const page = await api.admin.decisions.page.query({
    search,
    status: isStatus(f.status) ? [f.status] : undefined,
    enforcement: isEnforcement(f.enforcement) ? [f.enforcement] : undefined,
    sort: f.sort.key as DecisionSort,
    order,
    limit: f.limit,
    offset: f.offset,
  });
  return {
    total: page.total,
    rows: page.rows.map(({ name, alternativeName, users, ...decision }) => ({
      toolId: decision.toolId,
      name,
      decision,
      alternativeName,
      users,
    })),
  };
}

export function useApprovedList(f: ApprovedFilters) {
  return useAsync(
    () => loadApproved(f),
    [f.search, f.status, f.enforcement, f.sort.key, f.sort.dir, f.limit, f.offset],
  );
}
