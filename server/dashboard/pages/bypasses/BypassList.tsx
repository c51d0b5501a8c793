import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/query';
import { DataTable } from '../../components/DataTable';
import { ExportLinks } from '../../components/ExportLinks';
import { ErrorNotice } from '../../components/Feedback';
import { SelectField } from '../../components/Fields';
import { Pagination } from '../../components/Pagination';
import { useToolNames } from '../../hooks/useToolNames';
import { bypassColumns } from './columns';

export const PERIODS = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
] as const;

interface BypassListProps {
  /** Only this tool's bypasses (the tool page); the Tool column is then left out. */
  toolId?: string;
  /** Only this person's (the person page); the Person column is then left out. */
  userId?: string;
  /** The period, in days as a string ('' for all time), and where a change of it goes. */
  days: string;
  onDays: (days: string) => void;
  caption: string;
  pageSize?: number;
}

/** Reasons people gave to open a prohibited tool, newest first, filterable by period and exportable. */
export function BypassList({ toolId, userId, days, onDays, caption, pageSize = 10 }: BypassListProps) {
  const [page, setPage] = useState(1);
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.admin.inventory.bypasses.queryOptions({
      toolId,
      userId,
      days: days ? Number(days) : undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const toolName = useToolNames((list.data?.rows ?? []).map((r) => r.toolId));
  const columns = bypassColumns({ userId, toolId, toolName });
  return (
    <>
      <div className="filters" role="search" aria-label={`Filter ${caption.toLowerCase()}`}>
        <SelectField
          label="Period"
          value={days}
          anyLabel="All time"
          options={PERIODS}
          onChange={(v) => {
            setPage(1);
            onDays(v);
          }}
        />
      </div>
      <ExportLinks
        name="justifications"
        what={caption.toLowerCase()}
        view={{ tool: toolId ?? '', user: userId ?? '', days }}
      />
      {list.error && <ErrorNotice error={list.error} />}
      <DataTable
        caption={caption}
        columns={columns}
        rows={list.data?.rows ?? []}
        rowKey={(r) => `${r.deviceId}/${r.id}`}
        loading={list.isFetching}
        empty="Nobody opened a prohibited tool with a reason in this period."
      />
      {(list.data?.total ?? 0) > pageSize && (
        <Pagination
          page={page}
          pageSize={pageSize}
          total={list.data?.total ?? 0}
          onPage={setPage}
          label={`${caption} pages`}
        />
      )}
    </>
  );
}
