import type { Decision } from '@lantern/shared';
import { Actor } from '../../components/Actor';
import { StatusBadge } from '../../components/Badges';
import type { Column } from '../../components/DataTable';
import { LocalTable } from '../../components/LocalTable';
import { fmtDateTime } from '../../format';
import { ENFORCEMENT_LABELS } from '../inventory/labels';

const HISTORY_COLUMNS: Column<Decision>[] = [
  { key: 'at', header: 'When', render: (d) => fmtDateTime(d.decidedAt) },
  { key: 'status', header: 'Status', render: (d) => <StatusBadge status={d.status} /> },
  { key: 'enf', header: 'Browser', render: (d) => ENFORCEMENT_LABELS[d.enforcement] ?? d.enforcement },
  {
    key: 'ws',
    header: 'Company workspace',
    render: (d) => (d.companyWorkspace ? d.companyWorkspace.ids.join(', ') : '—'),
  },
  { key: 'by', header: 'By', render: (d) => <Actor actor={d.decidedBy} /> },
];

/** The decision as text (what auditors see) and its history, newest first. */
export function DecisionSummary({
  current,
  history,
  toolName,
}: {
  current: Decision | null;
  history: readonly Decision[];
  toolName: (id: string) => string;
}) {
  return (
    <section className="card" aria-labelledby="decision-h">
      <h2 id="decision-h">Decision</h2>
      {current ? (
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            <StatusBadge status={current.status} />
          </dd>
          <dt>In the browser</dt>
          <dd>{ENFORCEMENT_LABELS[current.enforcement]}</dd>
          <dt>Conditions</dt>
          <dd>{current.conditions ?? '—'}</dd>
          <dt>Allowed data</dt>
          <dd>{current.allowedDataClasses.join(', ') || '—'}</dd>
          <dt>Alternative</dt>
          <dd>{current.alternativeToolId ? toolName(current.alternativeToolId) : '—'}</dd>
          <dt>Company workspace only</dt>
          <dd>
            {current.companyWorkspace
              ? `${current.companyWorkspace.ids.join(', ')} (since ${fmtDateTime(current.companyWorkspace.since)})`
              : '—'}
          </dd>
        </dl>
      ) : (
        <p>Not decided yet: browsers treat it as “under review”.</p>
      )}
      {history.length > 0 && (
        <>
          <h3>History</h3>
          <LocalTable
            caption="Decision history"
            columns={HISTORY_COLUMNS}
            rows={history}
            rowKey={(d) => `${d.decidedAt}-${d.status}-${d.enforcement}`}
            pageSize={5}
          />
        </>
      )}
    </section>
  );
}
