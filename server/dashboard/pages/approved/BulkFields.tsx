import { ENFORCEMENTS, TOOL_STATUSES, type Enforcement, type ToolStatus } from '@lantern/shared';
import { useId } from 'react';
import { STATUS_LABELS } from '../../components/Badges';
import { ENFORCEMENT_LABELS } from '../inventory/labels';
import { KEEP, type BulkChange } from './useBulkChange';

interface Props {
  change: BulkChange;
  update: (patch: Partial<BulkChange>) => void;
}

/** Status, browser behaviour and conditions; each may be left as every tool has it. */
export function BulkFields({ change: { status, enforcement, conditions }, update }: Props) {
  const ids = { status: useId(), enf: useId(), cond: useId() };
  return (
    <>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={status}
            onChange={(e) => update({ status: e.target.value as ToolStatus })}
          >
            <option value={KEEP}>Keep each tool's status</option>
            {TOOL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.enf}>What the browser does</label>
          <select
            id={ids.enf}
            value={enforcement}
            onChange={(e) => update({ enforcement: e.target.value as Enforcement })}
          >
            <option value={KEEP}>{status ? 'Default for the status' : "Keep each tool's setting"}</option>
            {ENFORCEMENTS.map((m) => (
              <option key={m} value={m}>
                {ENFORCEMENT_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field" style={{ marginTop: '0.75rem' }}>
        <label htmlFor={ids.cond}>Conditions</label>
        <textarea
          id={ids.cond}
          rows={2}
          maxLength={2000}
          placeholder="Leave empty to keep each tool's conditions"
          value={conditions ?? ''}
          onChange={(e) => update({ conditions: e.target.value === '' ? null : e.target.value })}
        />
      </div>
    </>
  );
}
