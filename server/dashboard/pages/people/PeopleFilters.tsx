import { SearchField, SelectField } from '../../components/Fields';
import { CHASE_OPTIONS, exportHref } from './ChaseList';

interface Props {
  search: string;
  show: string;
  department: string;
  departments: readonly string[];
  update: (patch: Record<string, string | number | null>) => void;
}

/** Search, or a chase list (by what people still owe and department) with its CSV export. */
export function PeopleFilters({ search, show, department, departments, update }: Props) {
  const chasing = show !== '' || department !== '';
  return (
    <div className="filters" role="search" aria-label="Find people">
      {!chasing && (
        <SearchField label="Search by email" value={search} onSearch={(v) => update({ q: v || null })} />
      )}
      <SelectField
        label="Show"
        value={show}
        options={CHASE_OPTIONS}
        anyLabel="Everyone using AI tools"
        onChange={(v) => update({ show: v || null, q: null, page: null })}
      />
      <SelectField
        label="Department"
        value={department}
        options={departments.map((d) => ({ value: d, label: d }))}
        anyLabel="All departments"
        onChange={(v) => update({ department: v || null, q: null, page: null })}
      />
      {chasing && (
        <a className="button" href={exportHref(show || 'all', department)} download>
          Export this view (CSV)
        </a>
      )}
    </div>
  );
}
