import { ENFORCEMENTS, TOOL_STATUSES, type DecisionInput, type ToolStatus } from '@lantern/shared';
import { useId } from 'react';
import { STATUS_LABELS } from '../../components/Badges';
import { ENFORCEMENT_LABELS } from '../inventory/labels';

interface Props {
  status: ToolStatus;
  enforcement: DecisionInput['enforcement'];
  onStatus: (status: ToolStatus) => void;
  onEnforcement: (enforcement: DecisionInput['enforcement']) => void;
}

/** The decision's status and what the browser does on the tool. */
export function DecisionSelects({ status, enforcement, onStatus, onEnforcement }: Props) {
  const ids = { status: useId(), enf: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.status}>Status</label>
        <select id={ids.status} value={status} onChange={(e) => onStatus(e.target.value as ToolStatus)}>
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
          onChange={(e) => onEnforcement(e.target.value as DecisionInput['enforcement'])}
        >
          {ENFORCEMENTS.map((m) => (
            <option key={m} value={m}>
              {ENFORCEMENT_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
