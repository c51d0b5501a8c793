import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { fmtDate } from '../../format';
import { TokenList, createdColumn } from './TokenList';

type Row = Awaited<ReturnType<typeof api.admin.tokens.list.query>>[number];
type Role = Row['role'];

/** Admin and auditor tokens: who may sign in here and call the admin API. */
export function ApiTokens() {
  const [role, setRole] = useState<Role>('auditor');
  const roleId = useId();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.tokens.list.queryOptions());
  const create = useMutation(trpc.admin.tokens.create.mutationOptions());
  const revoke = useMutation(trpc.admin.tokens.revoke.mutationOptions());
  return (
    <TokenList<Row>
      title="Admin and auditor tokens"
      intro="Auditors see everything and change nothing. Tokens also work as bearer tokens for exports."
      noun="token"
      namePlaceholder="e.g. External auditor 2026"
      list={list}
      create={(name) => create.mutateAsync({ role, name })}
      fields={
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="auditor">Auditor (read-only)</option>
            <option value="admin">Admin</option>
          </select>
        </div>
      }
      revoke={(row) => revoke.mutateAsync({ id: row.id })}
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
