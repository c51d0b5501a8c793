import { REQUEST_STATUSES } from '@lantern/shared';
import { SelectField, toOptions } from '../../components/Fields';
import { STATUS_LABELS, type RequestStatus } from './types';

const STATUS_OPTIONS = [...toOptions(REQUEST_STATUSES, STATUS_LABELS), { value: 'all', label: 'All' }];

/** The status filter; pending is the default and is left out of the URL. */
export function StatusFilter({
  status,
  onChange,
}: {
  status: RequestStatus | 'all';
  onChange: (status: string | null) => void;
}) {
  return (
    <div className="filters">
      <SelectField
        label="Status"
        value={status}
        options={STATUS_OPTIONS}
        onChange={(v) => onChange(v === 'pending' ? null : v)}
      />
    </div>
  );
}

/** Says the list shows one tool's requests, with a way back to all of them. */
export function ToolFilterNote({ name, onShowAll }: { name: string; onShowAll: () => void }) {
  return (
    <p>
      Requests for <strong>{name}</strong>.{' '}
      <button type="button" onClick={onShowAll}>
        Show all tools
      </button>
    </p>
  );
}
