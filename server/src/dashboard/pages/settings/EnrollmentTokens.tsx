import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Badge } from '../../components/Badges';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { fmtDate, fmtNumber } from '../../format';
import { useAsync } from '../../hooks/useAsync';
import { useCanWrite } from '../../session';
import { SecretOnce } from './SecretOnce';

type Row = Awaited<ReturnType<typeof api.admin.tokens.listEnrollment.query>>[number];

/** Enrolment tokens go into the browsers' managed policy (or are typed in as a join code). */
export function EnrollmentTokens() {
  const canWrite = useCanWrite();
  const list = useAsync(() => api.admin.tokens.listEnrollment.query(), []);
  const [name, setName] = useState('');
  const [maxUses, setMaxUses] = useState('');
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<Error>();
  const ids = { name: useId(), max: useId(), h: useId() };

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const created = await api.admin.tokens.createEnrollment.mutate({
        name: name.trim(),
        maxUses: maxUses === '' ? null : Number(maxUses),
        expiresAt: null,
      });
      setSecret(created.token);
      setName('');
      setMaxUses('');
      list.reload();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  async function revoke(row: Row) {
    if (!window.confirm(`Revoke the enrolment token "${row.name}"? Enrolled browsers keep working.`)) return;
    try {
      await api.admin.tokens.revokeEnrollment.mutate({ id: row.id });
      list.reload();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  const columns: Column<Row>[] = [
    { key: 'name', header: 'Name', render: (r) => r.name },
    {
      key: 'uses',
      header: 'Browsers enrolled',
      numeric: true,
      render: (r) => `${fmtNumber(r.uses)}${r.max_uses !== null ? ` of ${fmtNumber(r.max_uses)}` : ''}`,
    },
    { key: 'created', header: 'Created', render: (r) => fmtDate(r.created_at) },
    {
      key: 'expires',
      header: 'Expires',
      render: (r) => (r.expires_at === null ? 'Never' : fmtDate(r.expires_at)),
    },
    {
      key: 'state',
      header: 'Status',
      render: (r) =>
        r.revoked_at !== null ? (
          <Badge tone="flag">Revoked</Badge>
        ) : canWrite ? (
          <button
            type="button"
            className="danger"
            onClick={() => void revoke(r)}
            aria-label={`Revoke enrolment token ${r.name}`}
          >
            Revoke
          </button>
        ) : (
          <Badge>Active</Badge>
        ),
    },
  ];

  return (
    <section className="card" aria-labelledby={ids.h}>
      <h2 id={ids.h}>Enrolment tokens</h2>
      <p className="muted">
        Put one into the browser policy as <code>enrollmentToken</code> with <code>serverUrl</code>; browsers
        then enrol with no user action.
      </p>
      {error && <ErrorNotice error={error} />}
      {secret && (
        <SecretOnce label="New enrolment token" secret={secret} onDismiss={() => setSecret(undefined)} />
      )}
      {canWrite && (
        <form className="filters" onSubmit={create}>
          <div className="field">
            <label htmlFor={ids.name}>Name</label>
            <input
              id={ids.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={120}
              placeholder="e.g. Sales laptops"
            />
          </div>
          <div className="field">
            <label htmlFor={ids.max}>Maximum browsers (optional)</label>
            <input
              id={ids.max}
              type="number"
              min={1}
              value={maxUses}
              onChange={(e) => setMaxUses(e.target.value)}
            />
          </div>
          <button type="submit" className="primary">
            Create enrolment token
          </button>
        </form>
      )}
      <DataTable
        caption="Enrolment tokens"
        columns={columns}
        rows={list.data ?? []}
        rowKey={(r) => r.id}
        loading={list.loading}
      />
    </section>
  );
}
