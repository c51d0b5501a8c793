import type { api } from '../../api/client';
import type { Column } from '../../components/DataTable';
import { fmtDate, fmtNumber } from '../../format';

export type Module = Awaited<ReturnType<typeof api.admin.literacy.modules.query>>[number];
export type Rule = Awaited<ReturnType<typeof api.admin.literacy.rules.query>>[number];
export type Coverage = Awaited<ReturnType<typeof api.admin.literacy.coverage.query>>['rows'][number];

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

/** Module columns; `onEdit` (writers only) adds the "New version" button. */
export function moduleColumns(onEdit?: (m: Module) => void): Column<Module>[] {
  return [
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
    ...(onEdit
      ? [
          {
            key: 'edit',
            header: 'Edit',
            render: (m: Module) => (
              <button type="button" onClick={() => onEdit(m)}>
                New version
              </button>
            ),
          },
        ]
      : []),
  ];
}

/** Rule columns; `onRemove` (writers only) adds the "Remove" button. */
export function ruleColumns(onRemove?: (r: Rule) => void): Column<Rule>[] {
  return [
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
    ...(onRemove
      ? [
          {
            key: 'remove',
            header: 'Remove',
            render: (r: Rule) => (
              <button type="button" onClick={() => onRemove(r)}>
                Remove
              </button>
            ),
          },
        ]
      : []),
  ];
}

export const COVERAGE_COLUMNS: Column<Coverage>[] = [
  { key: 'module', header: 'Module', render: (c) => c.moduleId },
  { key: 'dept', header: 'Department', render: (c) => c.department ?? '(none)' },
  { key: 'required', header: 'Required', numeric: true, render: (c) => fmtNumber(c.required) },
  { key: 'done', header: 'Done', numeric: true, render: (c) => fmtNumber(c.done) },
  { key: 'due', header: 'Due', numeric: true, render: (c) => fmtNumber(c.due) },
  { key: 'overdue', header: 'Overdue', numeric: true, render: (c) => fmtNumber(c.overdue) },
];
