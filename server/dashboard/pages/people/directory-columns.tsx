import type { api } from '../../api/client';
import { AssuranceBadge } from '../../components/AssuranceBadge';
import type { Column } from '../../components/DataTable';
import { fmtNumber } from '../../format';

export type DirectoryRow = Awaited<ReturnType<typeof api.admin.directory.list.query>>['rows'][number];

export interface RowActions {
  onLink: (email: string) => void;
  onEdit: (r: DirectoryRow) => void;
  onRemove: (r: DirectoryRow) => void;
}

function DirectoryActions({ row: r, onLink, onEdit, onRemove }: RowActions & { row: DirectoryRow }) {
  return (
    <div className="actions">
      <button
        type="button"
        onClick={() => r.email && onLink(r.email)}
        aria-label={`Make an enrolment link for ${r.email ?? ''}`}
      >
        Make link
      </button>
      <button type="button" onClick={() => onEdit(r)}>
        Edit
      </button>
      <button type="button" className="danger" onClick={() => onRemove(r)}>
        Remove
      </button>
    </div>
  );
}

/** Names and managers only in named mode; `actions` (writers in named mode) adds the row buttons. */
export function directoryColumns(named: boolean, actions?: RowActions): Column<DirectoryRow>[] {
  const columns: Column<DirectoryRow>[] = [
    { key: 'person', header: 'Person', render: (r) => r.person },
    ...(named ? [{ key: 'name', header: 'Name', render: (r: DirectoryRow) => r.name ?? '' }] : []),
    { key: 'department', header: 'Department', render: (r) => r.department ?? '' },
    ...(named ? [{ key: 'manager', header: 'Manager', render: (r: DirectoryRow) => r.manager ?? '' }] : []),
    { key: 'assurance', header: 'Identity', render: (r) => <AssuranceBadge assurance={r.assurance} /> },
    { key: 'devices', header: 'Browsers', numeric: true, render: (r) => fmtNumber(r.devices) },
    { key: 'link', header: 'Enrolment link', render: (r) => r.link ?? '' },
    { key: 'source', header: 'From', render: (r) => r.source },
  ];
  if (actions)
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (r) => <DirectoryActions row={r} {...actions} />,
    });
  return columns;
}
