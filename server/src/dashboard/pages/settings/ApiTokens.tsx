import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Badge } from '../../components/Badges';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { fmtDate } from '../../format';
import { useAsync } from '../../hooks/useAsync';
import { useCanWrite } from '../../session';
import { SecretOnce } from './SecretOnce';

type Row = Awaited<ReturnType<typeof api.admin.tokens.list.query>>[number];

/** Admin and auditor tokens: who may sign in here and call the admin API. */
export function ApiTokens() {
  const canWrite = useCanWrite();
  const list = useAsync(() => api.admin.tokens.list.query(), []);
  const [name, setName] = useState('');
  const [role, setRole] = useState<'admin' | 'auditor'>('auditor');
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<Error>();
  const ids = { name: useId(), role: useId(), h: useId() };

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const created = await api.admin.tokens.create.mutate({ role, name: name.trim() });
      setSecret(created.token);
      setName('');
      list.reload();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  async function revoke(row: Row) {
    if (!window.confirm(`Revoke the ${row.role} token "${row.name}"? Its dashboard sessions end too.`))
      return;
    setError(undefined);
    try {
      await api.admin.tokens.revoke.mutate({ id: row.id });
      list.reload();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  const columns: Column<Row>[] = [
    { key: 'name', header: 'Name', render: (r) => r.name },
    { key: 'role', header: 'Role', render: (r) => (r.role === 'admin' ? 'Admin' : 'Auditor (read-only)') },
    { key: 'created', header: 'Created', render: (r) => fmtDate(r.created_at) },
    { key: 'used', header: 'Last used', render: (r) => fmtDate(r.last_used_at) },
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
            aria-label={`Revoke token ${r.name}`}
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
      <h2 id={ids.h}>Admin and auditor tokens</h2>
      <p className="muted">
        Auditors see everything and change nothing. Tokens also work as bearer tokens for exports.
      </p>
      {error && <ErrorNotice error={error} />}
      {secret && <SecretOnce label="New token" secret={secret} onDismiss={() => setSecret(undefined)} />}
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
              placeholder="e.g. External auditor 2026"
            />
          </div>
          <div className="field">
            <label htmlFor={ids.role}>Role</label>
            <select
              id={ids.role}
              value={role}
              onChange={(e) => setRole(e.target.value as 'admin' | 'auditor')}
            >
              <option value="auditor">Auditor (read-only)</option>
              <option value="admin">Admin</option>
            </select>
          </div>
          <button type="submit" className="primary">
            Create token
          </button>
        </form>
      )}
      <DataTable
        caption="Admin and auditor tokens"
        columns={columns}
        rows={list.data ?? []}
        rowKey={(r) => r.id}
        loading={list.loading}
      />
    </section>
  );
}
