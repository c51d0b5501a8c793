import { useId, useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { useCanWrite } from '../../session';
import { directoryColumns, type DirectoryRow } from './directory-columns';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryImport } from './DirectoryImport';
import { useLinkActions } from './LinkActions';
import { PersonEditor } from './PersonEditor';
import type { PersonDraft } from './PersonForm';
import { PAGE, useDirectory } from './useDirectory';

const draftOf = (r: DirectoryRow): PersonDraft => ({
  email: r.email ?? '',
  name: r.name ?? '',
  department: r.department ?? '',
  managerEmail: r.manager ?? '',
});

/** The people directory: who works where, from a CSV import, by hand, or from sign-in claims. */
export function DirectorySection() {
  const canWrite = useCanWrite();
  const [editing, setEditing] = useState<PersonDraft>();
  const h = useId();
  const { department, filterBy, page, setPage, list, error, remove } = useDirectory();
  const named = list.data?.pseudonymous === false;
  const links = useLinkActions(department);
  const columns = directoryColumns(
    named,
    canWrite && named
      ? { onLink: links.one, onEdit: (r) => setEditing(draftOf(r)), onRemove: remove }
      : undefined,
  );

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
      {canWrite && <PersonEditor editing={editing} onSaved={() => setEditing(undefined)} />}
      {error && <ErrorNotice error={error} />}
      {links.panel}
      {list.error && <ErrorNotice error={list.error} />}
      <DirectoryFilters
        department={department}
        departments={list.data?.departments ?? []}
        onDepartment={filterBy}
        onLinkAll={canWrite ? links.all : undefined}
      />
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
