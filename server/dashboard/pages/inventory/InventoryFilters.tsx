import { TOOL_CATEGORIES } from '@lantern/shared';
import { SearchField, SelectField } from '../../components/Fields';
import { categoryLabel, SIGNAL_LABELS, STATUS_FILTERS } from './labels';
import type { InventoryFilters as Filters } from './useInventory';

const CATEGORY_OPTIONS = TOOL_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }));
const SIGNAL_OPTIONS = Object.entries(SIGNAL_LABELS).map(([value, label]) => ({ value, label }));
const FLAG_OPTIONS = [
  { value: 'yes', label: 'Needs attention' },
  { value: 'no', label: 'No flags' },
];

interface Props {
  filters: Filters;
  update: (patch: Record<string, string | number | null>) => void;
}

/** Search and filters of the inventory; every value lives in the URL. */
export function InventoryFilters({ filters: { search, status, category, signal, flagged }, update }: Props) {
  return (
    <div className="filters" role="search" aria-label="Filter tools">
      <SearchField
        label="Search"
        value={search}
        placeholder="Name, vendor or id"
        onSearch={(v) => update({ q: v || null })}
      />
      <SelectField
        label="Status"
        value={status}
        anyLabel="Any status"
        options={STATUS_FILTERS}
        onChange={(v) => update({ status: v || null })}
      />
      <SelectField
        label="Category"
        value={category}
        anyLabel="Any category"
        options={CATEGORY_OPTIONS}
        onChange={(v) => update({ category: v || null })}
      />
      <SelectField
        label="Signal"
        value={signal}
        anyLabel="Any signal"
        options={SIGNAL_OPTIONS}
        onChange={(v) => update({ signal: v || null })}
      />
      <SelectField
        label="Flags"
        value={flagged}
        anyLabel="Flagged or not"
        options={FLAG_OPTIONS}
        onChange={(v) => update({ flagged: v || null })}
      />
    </div>
  );
}
