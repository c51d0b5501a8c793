import { useId, useState } from 'react';
import { api } from '../../api/client';
import { fmtDate } from '../../format';
import { TokenList, createdColumn } from './TokenList';

type Row = Awaited<ReturnType<typeof api.admin.tokens.list.query>>[number];
type Role = Row['role'];

/** Admin and auditor tokens: who may sign in here and call the admin API. */
export function ApiTokens() {
  const [role, setRole] = useState<Role>('auditor');
  const roleId = useId();
  return (
    <TokenList<Row>
      title="Admin and auditor tokens"
      intro="Auditors see everything and change nothing. Tokens also work as bearer tokens for exports."
      noun="token"
      namePlaceholder="e.g. External auditor 2026"
      load={() => api.admin.tokens.list.query()}
      create={(name) => api.admin.tokens.create.mutate({ role, name })}
      fields={
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="auditor">Auditor (read-only)</option>
            <option value="admin">Admin</option>
          </select>
        </div>
      }
      revoke={(row) => api.admin.tokens.revoke.mutate({ id: row.id })}
      confirmRevoke={(row) => `Revoke the ${row.role} token "${row.name}"? Its dashboard sessions end too.`}
      columns={[
        {
          key: 'role',
          header: 'Role',
          render: (r) => (r.role === 'admin' ? 'Admin' : 'Auditor (read-only)'),
        },
        createdColumn(),
        { key: 'used', header: 'Last used', render: (r) => fmtDate(r.last_used_at) },
      ]}
    />
  );
}
