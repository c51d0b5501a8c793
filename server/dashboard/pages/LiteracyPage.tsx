import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/query';
import { ErrorNotice, Loading, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { LocalTable } from '../components/LocalTable';
import { useCanWrite } from '../session';
import { moduleColumns, ruleColumns, type Module } from './literacy/columns';
import { CoverageSection } from './literacy/CoverageSection';
import { LiteracyEditors } from './literacy/LiteracyEditors';

/** AI literacy (EU AI Act Art. 4): modules, the rules requiring them and coverage per department. */
export function LiteracyPage() {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const removeRuleMutation = useMutation(trpc.admin.literacy.removeRule.mutationOptions());
  const modules = useQuery(trpc.admin.literacy.modules.queryOptions());
  const rules = useQuery(trpc.admin.literacy.rules.queryOptions());
  const coverage = useQuery(trpc.admin.literacy.coverage.queryOptions());
  const [editing, setEditing] = useState<Module | null | undefined>(undefined);
  const [notice, setNotice] = useState<string>();
  const afterChange = (message: string) => {
    setNotice(message);
    setEditing(undefined);
  };

  return (
    <>
      <PageHead
        title="AI literacy"
        intro="Learning modules required for the AI tools people really use (EU AI Act Art. 4). Employees complete them in their browser when they use a covered tool."
      />
      {!canWrite && <ReadOnlyNote />}
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {modules.error && <ErrorNotice error={modules.error} />}
      {modules.isPending && <Loading />}
      <CoverageSection rows={coverage.data?.rows ?? []} />
      <h2>Modules</h2>
      <LocalTable
        caption="Modules"
        columns={moduleColumns(canWrite ? setEditing : undefined)}
        rows={modules.data ?? []}
        rowKey={(m) => m.id}
        empty="No module yet."
      />
      <h2>Rules</h2>
      <LocalTable
        caption="Rules"
        columns={ruleColumns(
          canWrite
            ? (r) =>
                void removeRuleMutation.mutateAsync({ id: r.id }).then(() => afterChange('Rule removed.'))
            : undefined,
        )}
        rows={rules.data ?? []}
        rowKey={(r) => r.id}
        empty="No rule yet."
      />
      {canWrite && (
        <LiteracyEditors
          modules={modules.data ?? []}
          editing={editing}
          onEdit={setEditing}
          afterChange={afterChange}
        />
      )}
    </>
  );
}
