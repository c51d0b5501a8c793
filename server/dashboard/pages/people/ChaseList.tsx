import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { CHASE_COLUMNS } from './chase-columns';

type Query = Parameters<typeof api.admin.directory.chase.query>[0];
type Filter = NonNullable<NonNullable<Query>['filter']>;

export const CHASE_OPTIONS: { value: Filter; label: string }[] = [
  { value: 'not-accepted-current', label: 'Not accepted the current policy' },
  { value: 'never-accepted', label: 'Never accepted a policy' },
  { value: 'beyond-allowed', label: 'Registered data beyond what is allowed' },
  { value: 'no-browser', label: 'No browser enrolled yet' },
  { value: 'all', label: 'Everyone, with the directory' },
];

/** "Export this view": the same filter and department as CSV, through the export endpoint. */
export function exportHref(filter: string, department: string): string {
  const q = new URLSearchParams({ filter });
  if (department) q.set('department', department);
  return new URL(`api/export/people.csv?${q}`, new URL('.', window.location.href)).href;
}

/** The chase list: who still owes an acceptance or a browser, by department (issue 17, item 4). */
export function ChaseList(props: {
  filter: Filter;
  department: string;
  page: number;
  pageSize: number;
  onPage: (p: number) => void;
}) {
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.admin.directory.chase.queryOptions({
      filter: props.filter,
      department: props.department || undefined,
      limit: props.pageSize,
      offset: (props.page - 1) * props.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {list.error && <ErrorNotice error={list.error} />}
      {props.filter === 'not-accepted-current' && list.data?.policyVersion === null && (
        <p className="notice notice-info">No policy is published yet.</p>
      )}
      <DataTable
        caption="Chase list"
        columns={CHASE_COLUMNS}
        rows={list.data?.rows ?? []}
        rowKey={(r) => r.userId ?? r.person}
        loading={list.isFetching}
        empty="Nobody matches: nothing to chase."
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={list.data?.total ?? 0}
        onPage={props.onPage}
        label="Chase list pages"
      />
    </>
  );
}
