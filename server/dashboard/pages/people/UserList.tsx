import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { USER_COLUMNS } from './user-columns';
import type { useUserList } from './useUserList';

interface Props {
  list: ReturnType<typeof useUserList>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** The people table with its pages. */
export function UserList({ list, page, pageSize, onPage }: Props) {
  return (
    <>
      {list.error && <ErrorNotice error={list.error} />}
      <DataTable
        caption="People using AI tools"
        columns={USER_COLUMNS}
        rows={list.data?.rows ?? []}
        rowKey={(r) => r.userId}
        loading={list.isFetching}
        empty="Nobody matches."
      />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPage={onPage}
        label="People pages"
      />
    </>
  );
}
