import { SearchField, SelectField } from '../../components/Fields';
import { ENFORCEMENT_LABELS, STATUS_FILTERS } from '../inventory/labels';

const ENFORCEMENT_FILTERS = Object.entries(ENFORCEMENT_LABELS).map(([value, label]) => ({ value, label }));

interface Props {
  search: string;
  status: string;
  enforcement: string;
  /** Enforcement means nothing for tools without a decision. */
  undecided: boolean;
  update: (patch: Record<string, string | number | null>) => void;
}

/** Search and filters of the approved-tool list; every value lives in the URL. */
export function ApprovedFilters({ search, status, enforcement, undecided, update }: Props) {
  return (
    <div className="filters" role="search" aria-label="Filter decisions">
      <SearchField
        label="Search"
        value={search}
        placeholder="Tool name or id"
        onSearch={(v) => update({ q: v || null })}
      />
      <SelectField
        label="Status"
        value={status}
        anyLabel="Every decided tool"
        options={STATUS_FILTERS}
        onChange={(v) => update({ status: v || null })}
      />
      <SelectField
        label="In the browser"
        value={enforcement}
        anyLabel="Any"
        options={ENFORCEMENT_FILTERS}
        onChange={(v) => update({ enf: v || null })}
        disabled={undecided}
      />
    </div>
  );
}
