import { PURPOSES, type PurposeCategory } from '@lantern/shared';
import type { ReactNode } from 'react';
import type { api } from '../../api/client';
import { Badge } from '../../components/Badges';
import { DataClassesCell } from '../../components/DataBeyondMark';
import type { Column } from '../../components/DataTable';
import { fmtDate, fmtDateTime } from '../../format';

export type Detail = Awaited<ReturnType<typeof api.admin.inventory.user.query>>;
/** Renders a link to a tool's page, or a dash. */
type ToolLink = (id: string | null) => ReactNode;

export const toolColumns = (tool: ToolLink): Column<Detail['tools'][number]>[] => [
  { key: 'tool', header: 'Tool', render: (t) => tool(t.toolId) },
  { key: 'first', header: 'First seen', render: (t) => fmtDate(t.firstSeenAt) },
  { key: 'last', header: 'Last seen', render: (t) => fmtDate(t.lastSeenAt) },
];

export const registrationColumns = (tool: ToolLink): Column<Detail['registrations'][number]>[] => [
  { key: 'tool', header: 'Tool', render: (r) => tool(r.toolId) },
  {
    key: 'purpose',
    header: 'Purpose',
    render: (r) =>
      r.purposeCategory ? (PURPOSES[r.purposeCategory as PurposeCategory]?.label ?? r.purposeCategory) : '—',
  },
  { key: 'text', header: 'In their words', render: (r) => r.purposeText ?? '—' },
  {
    key: 'data',
    header: 'Data',
    render: (r) => <DataClassesCell classes={r.dataClasses} beyond={r.dataBeyondAllowed} />,
  },
  { key: 'state', header: 'State', render: (r) => (r.withdrawn ? <Badge>Withdrawn</Badge> : 'Current') },
  { key: 'at', header: 'When', render: (r) => fmtDate(r.at) },
];

export const ackColumns = (tool: ToolLink): Column<Detail['acknowledgements'][number]>[] => [
  { key: 'v', header: 'Policy version', render: (a) => `v${a.policyVersion}` },
  {
    key: 'tool',
    header: 'Tool conditions',
    render: (a) => (a.toolId ? tool(a.toolId) : 'The policy itself'),
  },
  { key: 'at', header: 'Accepted', render: (a) => fmtDateTime(a.at) },
  { key: 'seq', header: 'Chain record', render: (a) => <span className="mono">#{a.seq}</span> },
];

export const requestColumns = (tool: ToolLink): Column<Detail['requests'][number]>[] => [
  { key: 'tool', header: 'Tool', render: (r) => tool(r.tool_id) },
  { key: 'reason', header: 'Reason', render: (r) => r.reason },
  { key: 'status', header: 'Answer', render: (r) => `${r.status}${r.note ? ` — ${r.note}` : ''}` },
  { key: 'at', header: 'Asked', render: (r) => fmtDate(r.at) },
];
