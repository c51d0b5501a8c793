import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { fmtDate, fmtNumber } from '../../format';
import { TokenList, createdColumn } from './TokenList';

type Row = Awaited<ReturnType<typeof api.admin.tokens.listEnrollment.query>>[number];

/** Enrolment tokens go into the browsers' managed policy (or are typed in as a join code). */
export function EnrolmentTokens() {
  const [maxUses, setMaxUses] = useState('');
  const maxId = useId();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.tokens.listEnrollment.queryOptions());
  const create = useMutation(trpc.admin.tokens.createEnrollment.mutationOptions());
  const revoke = useMutation(trpc.admin.tokens.revokeEnrollment.mutationOptions());
  return (
    <TokenList<Row>
      title="Enrolment tokens"
      intro={
        <>
          Put one into the browser policy as <code>enrollmentToken</code> with <code>serverUrl</code>;
          browsers then enrol with no user action. Anyone holding the token can enrol a browser as any email,
          so these browsers count as <strong>self-asserted</strong> identity; for verified identity use
          sign-in at your identity provider, or personal links from the People page.
        </>
      }
      noun="enrolment token"
      namePlaceholder="e.g. Sales laptops"
      list={list}
      create={(name) =>
        create.mutateAsync({
          name,
          maxUses: maxUses === '' ? null : Number(maxUses),
          expiresAt: null,
        })
      }
      fields={
        <div className="field">
          <label htmlFor={maxId}>Maximum browsers (optional)</label>
          <input
            id={maxId}
            type="number"
            min={1}
            value={maxUses}
            onChange={(e) => setMaxUses(e.target.value)}
          />
        </div>
      }
      resetFields={() => setMaxUses('')}
      revoke={(row) => revoke.mutateAsync({ id: row.id })}
      confirmRevoke={(row) => `Revoke the enrolment token "${row.name}"? Enrolled browsers keep working.`}
      columns={[
        {
          key: 'uses',
          header: 'Browsers enrolled',
          numeric: true,
          render: (r) => `${fmtNumber(r.uses)}${r.max_uses !== null ? ` of ${fmtNumber(r.max_uses)}` : ''}`,
        },
        createdColumn(),
        {
          key: 'expires',
          header: 'Expires',
          render: (r) => (r.expires_at === null ? 'Never' : fmtDate(r.expires_at)),
        },
      ]}
    />
  );
}
