import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import type { Column } from '../components/DataTable';
import { ErrorNotice, Loading, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { LocalTable } from '../components/LocalTable';
import { fmtDate, fmtNumber } from '../format';
import { useCanWrite } from '../session';
import { ImportForm } from './literacy/ImportForm';
import { ModuleEditor } from './literacy/ModuleEditor';
import { RuleForm } from './literacy/RuleForm';

type Module = Awaited<ReturnType<typeof api.admin.literacy.modules.query>>[number];
type Rule = Awaited<ReturnType<typeof api.admin.literacy.rules.query>>[number];
type Coverage = Awaited<ReturnType<typeof api.admin.literacy.coverage.query>>['rows'][number];

function selectors(r: Rule): string {
  const parts = [
    r.toolId && `tool ${r.toolId}`,
    r.toolCategory && `category ${r.toolCategory}`,
    r.decisionStatus && `decision ${r.decisionStatus}`,
    r.dataClass && `data class ${r.dataClass}`,
    r.annexIII && 'Annex III purpose',
    r.department && `department ${r.department}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' + ') : 'any AI tool';
}

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

  const moduleColumns: Column<Module>[] = [
    { key: 'id', header: 'Module', render: (m) => <span className="mono">{m.id}</span> },
    { key: 'title', header: 'Title', render: (m) => m.title },
    { key: 'version', header: 'Version', render: (m) => `v${m.version}, ${fmtDate(m.publishedAt)}` },
    {
      key: 'check',
      header: 'Check',
      render: (m) => (m.passMark === null ? 'none' : `${m.questions.length} questions, pass ${m.passMark}%`),
    },
    {
      key: 'sha',
      header: 'SHA-256',
      render: (m) => (
        <span className="mono" title={m.sha256}>
          {m.sha256.slice(0, 12)}…
        </span>
      ),
    },
    ...(canWrite
      ? [
          {
            key: 'edit',
            header: 'Edit',
            render: (m: Module) => (
              <button type="button" onClick={() => setEditing(m)}>
                New version
              </button>
            ),
          },
        ]
      : []),
  ];
  const ruleColumns: Column<Rule>[] = [
    { key: 'module', header: 'Module', render: (r) => r.moduleId },
    { key: 'who', header: 'Required for', render: selectors },
    { key: 'due', header: 'Due', render: (r) => `${r.dueDays} days` },
    {
      key: 'renew',
      header: 'Renewal',
      render: (r) => (r.renewalDays === null ? 'never' : `${r.renewalDays} days`),
    },
    {
      key: 'mode',
      header: 'When overdue',
      render: (r) => (r.mode === 'block' ? 'block until done' : 'acknowledge'),
    },
    ...(canWrite
      ? [
          {
            key: 'remove',
            header: 'Remove',
            render: (r: Rule) => (
              <button
                type="button"
                onClick={() =>
                  void removeRuleMutation.mutateAsync({ id: r.id }).then(() => afterChange('Rule removed.'))
                }
              >
                Remove
              </button>
            ),
          },
        ]
      : []),
  ];
  const coverageColumns: Column<Coverage>[] = [
    { key: 'module', header: 'Module', render: (c) => c.moduleId },
    { key: 'dept', header: 'Department', render: (c) => c.department ?? '(none)' },
    { key: 'required', header: 'Required', numeric: true, render: (c) => fmtNumber(c.required) },
    { key: 'done', header: 'Done', numeric: true, render: (c) => fmtNumber(c.done) },
    { key: 'due', header: 'Due', numeric: true, render: (c) => fmtNumber(c.due) },
    { key: 'overdue', header: 'Overdue', numeric: true, render: (c) => fmtNumber(c.overdue) },
  ];

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
      <h2>Coverage</h2>
      <LocalTable
        caption="Coverage per module and department"
        columns={coverageColumns}
        rows={coverage.data?.rows ?? []}
        rowKey={(c) => `${c.moduleId}/${c.department ?? ''}`}
        empty="Nobody is required to complete a module yet."
      />
      <p>
        Exports: <a href="/api/export/literacy.csv">literacy.csv</a> ·{' '}
        <a href="/api/export/literacy.json">literacy.json</a> (also in the evidence pack as “Art. 4
        evidence”).
      </p>
      <h2>Modules</h2>
      <LocalTable
        caption="Modules"
        columns={moduleColumns}
        rows={modules.data ?? []}
        rowKey={(m) => m.id}
        empty="No module yet."
      />
      <h2>Rules</h2>
      <LocalTable
        caption="Rules"
        columns={ruleColumns}
        rows={rules.data ?? []}
        rowKey={(r) => r.id}
        empty="No rule yet."
      />
      {canWrite && (
        <>
          {editing === undefined ? (
            <button type="button" onClick={() => setEditing(null)}>
              New module
            </button>
          ) : (
            <ModuleEditor
              key={editing?.id ?? 'new'}
              initial={editing}
              onPublished={(m) => afterChange(`${m.id} version ${m.version} is published.`)}
            />
          )}
          <RuleForm
            modules={(modules.data ?? []).map((m) => m.id)}
            onAdded={() => afterChange('Rule added. Browsers pick it up on their next check.')}
          />
          <ImportForm onImported={() => afterChange('Completions imported.')} />
        </>
      )}
    </>
  );
}
