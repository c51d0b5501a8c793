import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/query';
import { DataTable } from '../components/DataTable';
import { ErrorNotice, Loading, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { useCanWrite } from '../session';
import { versionColumns } from './policies/columns';
import { PolicyEditor } from './policies/PolicyEditor';
import { PolicyRollout } from './policies/PolicyRollout';
import { PolicyText } from './policies/PolicyText';

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

  const columns = versionColumns({ current, viewing: viewing?.version, onShow: setShown });

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
      {viewing && <PolicyText version={viewing} />}
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
