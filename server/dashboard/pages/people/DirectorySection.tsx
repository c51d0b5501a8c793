import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { AssuranceBadge } from '../../components/AssuranceBadge';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { SelectField } from '../../components/Fields';
import { Pagination } from '../../components/Pagination';
import { fmtNumber } from '../../format';
import { useCanWrite } from '../../session';
import { DirectoryImport } from './DirectoryImport';
import { useLinkActions } from './LinkActions';
import { EMPTY_PERSON, PersonForm, type PersonDraft } from './PersonForm';

type Row = Awaited<ReturnType<typeof api.admin.directory.list.query>>['rows'][number];
const PAGE = 50;

/** The people directory: who works where, from a CSV import, by hand, or from sign-in claims. */
export function DirectorySection() {
  const canWrite = useCanWrite();
  const [department, setDepartment] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<PersonDraft>();
  const [error, setError] = useState<Error>();
  const h = useId();
  const trpc = useTRPC();
  const removeMutation = useMutation(trpc.admin.directory.remove.mutationOptions());
  const list = useQuery({
    ...trpc.admin.directory.list.queryOptions({
      department: department || undefined,
      limit: PAGE,
      offset: (page - 1) * PAGE,
    }),
    placeholderData: keepPreviousData,
  });
  const named = list.data?.pseudonymous === false;
  const links = useLinkActions(department);

  const remove = (r: Row) => {
    if (!r.email || !window.confirm(`Remove ${r.email} from the directory? Their records stay.`)) return;
    removeMutation
      .mutateAsync({ email: r.email })
      .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))));
  };

  const columns: Column<Row>[] = [
    { key: 'person', header: 'Person', render: (r) => r.person },
    ...(named ? [{ key: 'name', header: 'Name', render: (r: Row) => r.name ?? '' }] : []),
    { key: 'department', header: 'Department', render: (r) => r.department ?? '' },
    ...(named ? [{ key: 'manager', header: 'Manager', render: (r: Row) => r.manager ?? '' }] : []),
    { key: 'assurance', header: 'Identity', render: (r) => <AssuranceBadge assurance={r.assurance} /> },
    { key: 'devices', header: 'Browsers', numeric: true, render: (r) => fmtNumber(r.devices) },
    { key: 'link', header: 'Enrolment link', render: (r) => r.link ?? '' },
    { key: 'source', header: 'From', render: (r) => r.source },
  ];
  if (canWrite && named)
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (r) => (
        <div className="actions">
          <button
            type="button"
            onClick={() => r.email && links.one(r.email)}
            aria-label={`Make an enrolment link for ${r.email ?? ''}`}
          >
            Make link
          </button>
          <button
            type="button"
            onClick={() =>
              setEditing({
                email: r.email ?? '',
                name: r.name ?? '',
                department: r.department ?? '',
                managerEmail: r.manager ?? '',
              })
            }
          >
            Edit
          </button>
          <button type="button" className="danger" onClick={() => remove(r)}>
            Remove
          </button>
        </div>
      ),
    });

  return (
    <section className="card" aria-labelledby={h}>
      <h2 id={h}>People directory</h2>
      <p className="muted">
        Who works where: department and manager, so chase lists and coverage can be read by department.
        Without an identity provider, send each person a personal enrolment link: single use, valid 7 days, it
        sets up the browser it is opened in as that person (shown as a verified identity). The
        organisation-wide enrolment token remains, but browsers enrolled with it are self-asserted.
        {list.data?.pseudonymous && ' Pseudonymous mode: names, emails and managers are not shown.'}
      </p>
      {canWrite && <DirectoryImport />}
      {canWrite && (
        <>
          <h3>{editing ? `Edit ${editing.email}` : 'Add a person'}</h3>
          <PersonForm
            key={editing?.email ?? 'new'}
            initial={editing ?? EMPTY_PERSON}
            onSaved={() => {
              setEditing(undefined);
            }}
          />
        </>
      )}
      {error && <ErrorNotice error={error} />}
      {links.panel}
      {list.error && <ErrorNotice error={list.error} />}
      <div className="filters">
        <SelectField
          label="Department"
          value={department}
          options={(list.data?.departments ?? []).map((d) => ({ value: d, label: d }))}
          anyLabel="All departments"
          onChange={(v) => {
            setDepartment(v);
            setPage(1);
          }}
        />
        {canWrite && (
          <button type="button" onClick={links.all}>
            Make links for people without a browser
          </button>
        )}
      </div>
      <DataTable
        caption="People directory"
        columns={columns}
        rows={list.data?.rows ?? []}
        rowKey={(r) => r.person}
        loading={list.isFetching}
        empty="Nobody in the directory yet: import a CSV or add people."
      />
      <Pagination
        page={page}
        pageSize={PAGE}
        total={list.data?.total ?? 0}
        onPage={setPage}
        label="Directory pages"
      />
    </section>
  );
}
