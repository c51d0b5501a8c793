import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/query';
import { DataTable } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { usePaging } from '../hooks/usePaging';
import { useCanWrite } from '../session';
import { deviceColumns } from './devices/columns';
import { useRevokeDevice } from './devices/useRevokeDevice';

/** Enrolled browsers. Revoking one makes its next call fail; what it already sent stays as evidence. */
export function DevicesPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const includeRevoked = query.get('revoked') === '1';
  const canWrite = useCanWrite();
  const { error, done, revoke } = useRevokeDevice();
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.admin.devices.list.queryOptions({ includeRevoked, limit, offset }),
    placeholderData: keepPreviousData,
  });
  const columns = deviceColumns(canWrite ? (r) => void revoke(r) : undefined);

  return (
    <>
      <PageHead title="Devices" intro="Browsers with the Lantern extension enrolled." />
      {!canWrite && <ReadOnlyNote />}
      {error && <ErrorNotice error={error} title="Not revoked" />}
      {done && <SuccessNotice>{done}</SuccessNotice>}
      <div className="filters">
        <label className="checks">
          <input
            type="checkbox"
            checked={includeRevoked}
            onChange={(e) => update({ revoked: e.target.checked ? '1' : null })}
          />
          Show revoked devices
        </label>
      </div>
      <DataTable
        caption="Devices"
        columns={columns}
        rows={list.data?.rows ?? []}
        rowKey={(r) => r.id}
        loading={list.isFetching}
        empty="No devices enrolled yet."
      />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPage={setPage}
        label="Device pages"
      />
    </>
  );
}
