import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { DataTable, type Column } from '../components/DataTable';
import { ErrorNotice, Loading, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { Markdown } from '../components/Markdown';
import { fmtDate, fmtNumber, fmtPercent } from '../format';
import { useCanWrite } from '../session';
import { PolicyEditor } from './policies/PolicyEditor';
import { PolicyRollout } from './policies/PolicyRollout';

type Version = Awaited<ReturnType<typeof api.admin.policies.list.query>>[number];

/** The AI use policy: every version, who accepted which, and the editor for the next one. */
export function PoliciesPage() {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.policies.list.queryOptions());
  const [published, setPublished] = useState<number>();
  const [shown, setShown] = useState<number>();
  const versions = list.data ?? [];
  const current = versions[0];
  const viewing = versions.find((v) => v.version === (shown ?? current?.version));

  const columns: Column<Version>[] = [
    { key: 'version', header: 'Version', render: (v) => `v${v.version}${v === current ? ' (current)' : ''}` },
    { key: 'title', header: 'Title', render: (v) => v.title },
    { key: 'published', header: 'Published', render: (v) => fmtDate(v.publishedAt) },
    {
      key: 'accepted',
      header: 'Accepted by',
      numeric: true,
      // Among the people seen using AI tools, as every figure counts it (inventory/acceptance.ts).
      render: (v) =>
        `${fmtNumber(v.acceptedBy)} of ${fmtNumber(v.people)} (${fmtPercent(v.people > 0 ? v.acceptedBy / v.people : null)})`,
    },
    { key: 'summary', header: 'What changed', render: (v) => v.changeSummary ?? '—' },
    {
      key: 'sha',
      header: 'SHA-256',
      render: (v) => (
        <span className="mono" title={v.sha256}>
          {v.sha256.slice(0, 12)}…
        </span>
      ),
    },
    {
      key: 'view',
      header: 'Text',
      render: (v) => (
        <button
          type="button"
          onClick={() => setShown(v.version)}
          aria-pressed={viewing?.version === v.version}
          aria-label={`Show the text of version ${v.version}`}
        >
          Show
        </button>
      ),
    },
  ];

  return (
    <>
      <PageHead
        title="Policies"
        intro="Employees accept the current version in their browser; each acceptance is bound to the text's SHA-256."
      />
      {!canWrite && <ReadOnlyNote />}
      {published !== undefined && (
        <SuccessNotice>
          Version {published} is published. Browsers ask for acceptance on their next check.
        </SuccessNotice>
      )}
      {list.error && <ErrorNotice error={list.error} />}
      {list.isPending && <Loading />}
      <h2>Versions and acceptance</h2>
      <DataTable
        caption="Policy versions"
        columns={columns}
        rows={versions}
        rowKey={(v) => String(v.version)}
        loading={list.isFetching}
        empty="No policy published yet."
      />
      {list.data && list.data.length > 0 && <PolicyRollout canWrite={canWrite} />}
      {viewing && (
        <section
          className="card"
          style={{ marginTop: '1rem' }}
          aria-label={`Version ${viewing.version} text`}
        >
          <h2>
            v{viewing.version}: {viewing.title}
          </h2>
          <Markdown source={viewing.body} />
        </section>
      )}
      {canWrite && list.data && (
        <div style={{ marginTop: '1.5rem' }}>
          <PolicyEditor
            key={current?.version ?? 0}
            initial={current ? { title: current.title, body: current.body } : null}
            onPublished={(v) => {
              setPublished(v);
              setShown(undefined);
            }}
          />
        </div>
      )}
    </>
  );
}
