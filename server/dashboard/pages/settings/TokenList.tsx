import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Badge } from '../../components/Badges';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { fmtDate } from '../../format';
import { useCanWrite } from '../../session';
import { SecretOnce } from './SecretOnce';
import { TokenForm } from './TokenForm';
import { useTokenActions } from './useTokenActions';

export interface TokenRow {
  id: string;
  name: string;
  created_at: number;
  revoked_at: number | null;
}

export interface TokenListProps<Row extends TokenRow> {
  /** Section heading, also the table's caption. */
  title: string;
  intro: ReactNode;
  /** e.g. "token", "enrolment token": used in the button, the secret's label and the revoke label. */
  noun: string;
  namePlaceholder: string;
  /** The caller's `useQuery` of the list; a create or revoke refreshes it (the query client does). */
  list: UseQueryResult<Row[], { message: string }>;
  /** Creates a token with the form's name (and the caller's own fields); resolves the secret. */
  create: (name: string) => Promise<{ token: string }>;
  /** The caller's extra form fields, and how to clear them after a token was created. */
  fields?: ReactNode;
  resetFields?: () => void;
  revoke: (row: Row) => Promise<unknown>;
  /** The question asked before revoking: say what revoking does to whom. */
  confirmRevoke: (row: Row) => string;
  /** Columns between Name and Status (`createdColumn` among them). */
  columns: Column<Row>[];
}

export function createdColumn<Row extends TokenRow>(): Column<Row> {
  return { key: 'created', header: 'Created', render: (r) => fmtDate(r.created_at) };
}

/**
 * A list of secrets the server keeps only as hashes: create one (shown once), see when each was made
 * and whether it still works, revoke it. Admin/auditor tokens and enrolment tokens differ only in
 * their own fields and columns.
 */
export function TokenList<Row extends TokenRow>(props: TokenListProps<Row>) {
  const canWrite = useCanWrite();
  const { list } = props;
  const h = useId();
  const { name, setName, secret, clearSecret, error, create, revoke } = useTokenActions(props);

  const columns: Column<Row>[] = [
    { key: 'name', header: 'Name', render: (r) => r.name },
    ...props.columns,
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
            onClick={() => revoke(r)}
            aria-label={`Revoke ${props.noun} ${r.name}`}
          >
            Revoke
          </button>
        ) : (
          <Badge>Active</Badge>
        ),
    },
  ];

  return (
    <section className="card" aria-labelledby={h}>
      <h2 id={h}>{props.title}</h2>
      <p className="muted">{props.intro}</p>
      {error && <ErrorNotice error={error} />}
      {secret && <SecretOnce label={`New ${props.noun}`} secret={secret} onDismiss={clearSecret} />}
      {canWrite && (
        <TokenForm
          name={name}
          onName={setName}
          placeholder={props.namePlaceholder}
          fields={props.fields}
          noun={props.noun}
          onSubmit={create}
        />
      )}
      <DataTable
        caption={props.title}
        columns={columns}
        rows={list.data ?? []}
        rowKey={(r) => r.id}
        loading={list.isFetching}
      />
    </section>
  );
}
