import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../api/query';
import { SearchField } from '../../components/Fields';
import { fmtNumber } from '../../format';
import { useToolNames } from '../../hooks/useToolNames';

/** Options shown at once; typing narrows the list on the server. */
export const ALTERNATIVES_SHOWN = 50;

interface AlternativePickerProps {
  /** The tool being decided on: never its own alternative. */
  toolId: string;
  value: string | null;
  onChange: (toolId: string | null) => void;
}

/**
 * The approved alternative people are pointed to. Candidates are the approved tools (with or without
 * conditions), searched and paged by the server, so the picker stays small however many tools exist.
 */
export function AlternativePicker({ toolId, value, onChange }: AlternativePickerProps) {
  const id = useId();
  const hintId = useId();
  const [search, setSearch] = useState('');
  const trpc = useTRPC();
  const candidates = useQuery({
    ...trpc.admin.decisions.page.queryOptions({
      status: ['approved', 'conditional'],
      search: search || undefined,
      sort: 'name',
      order: 'asc',
      limit: ALTERNATIVES_SHOWN,
    }),
    placeholderData: keepPreviousData,
  });
  const valueName = useToolNames(value ? [value] : []);
  const rows = (candidates.data?.rows ?? []).filter((r) => r.toolId !== toolId && r.toolId !== value);
  const total = candidates.data?.total ?? 0;

  return (
    <div className="field">
      <SearchField label="Find an approved alternative" value={search} onSearch={setSearch} />
      <label htmlFor={id}>Approved alternative</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        aria-describedby={hintId}
      >
        <option value="">None</option>
        {value && <option value={value}>{valueName(value)}</option>}
        {rows.map((r) => (
          <option key={r.toolId} value={r.toolId}>
            {r.name}
          </option>
        ))}
      </select>
      <p id={hintId} className="field-hint" aria-live="polite" style={{ margin: 0 }}>
        {candidates.isPending
          ? 'Loading approved tools…'
          : total > ALTERNATIVES_SHOWN
            ? `The first ${ALTERNATIVES_SHOWN} of ${fmtNumber(total)} approved tools; type to narrow.`
            : total === 0
              ? search
                ? 'No approved tool matches.'
                : 'No tool is approved yet.'
              : `${fmtNumber(total)} approved ${total === 1 ? 'tool' : 'tools'}.`}
      </p>
    </div>
  );
}
