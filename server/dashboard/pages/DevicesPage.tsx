import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { Badge } from '../components/Badges';
import { DataTable, type Column } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { fmtDate, fmtDateTime } from '../format';
import { usePaging } from '../hooks/usePaging';
import { useCanWrite } from '../session';
import { AssuranceBadge } from '../components/AssuranceBadge';

type Row = Awaited<ReturnType<typeof api.admin.devices.list.query>>['rows'][number];

const BROWSERS: Record<string, string> = {
  chrome: 'Chrome',
  edge: 'Edge',
  firefox: 'Firefox',
  other: 'Other',
};

/** Enrolled browsers. Revoking one makes its next call fail; what it already sent stays as evidence. */
export function DevicesPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const includeRevoked = query.get('revoked') === '1';
  const canWrite = useCanWrite();
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  const trpc = useTRPC();
  const revokeMutation = useMutation(trpc.admin.devices.revoke.mutationOptions());
  const list = useQuery({
    ...trpc.admin.devices.list.queryOptions({ includeRevoked, limit, offset }),
    placeholderData: keepPreviousData,
  });

  async function revoke(row: Row) {
    if (
      !window.confirm(
        `Revoke ${BROWSERS[row.browser] ?? row.browser} of ${row.person}? The browser must enrol again to sync.`,
      )
    )
      return;
    setError(undefined);
    try {
      await revokeMutation.mutateAsync({ id: row.id });
      setDone(`Revoked ${BROWSERS[row.browser] ?? row.browser} of ${row.person}.`);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  const columns: Column<Row>[] = [
    { key: 'person', header: 'Person', render: (r) => r.person },
    {
      key: 'identity',
      header: 'Identity',
      render: (r) => <AssuranceBadge assurance={r.identityAssurance} />,
    },
    {
      key: 'browser',
      header: 'Browser',
      render: (r) => `${BROWSERS[r.browser] ?? r.browser} ${r.browserVersion}`,
    },
    { key: 'ext', header: 'Extension', render: (r) => r.extensionVersion },
    { key: 'enrolled', header: 'Enrolled', render: (r) => fmtDate(r.enrolledAt) },
    { key: 'seen', header: 'Last sync', render: (r) => fmtDateTime(r.lastSeenAt) },
    {
      key: 'actions',
      header: 'Status',
      render: (r) =>
        r.revokedAt !== null ? (
          <Badge tone="flag">{`Revoked ${fmtDate(r.revokedAt)}`}</Badge>
        ) : canWrite ? (
          <button
            type="button"
            className="danger"
            onClick={() => void revoke(r)}
            aria-label={`Revoke ${BROWSERS[r.browser] ?? r.browser} of ${r.person}`}
          >
            Revoke
          </button>
        ) : (
          <Badge>Active</Badge>
        ),
    },
  ];

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
