import { ENFORCEMENTS, TOOL_STATUSES, type Enforcement, type ToolStatus } from '@lantern/shared';
import { useId } from 'react';
import { ENFORCEMENT_LABELS } from '../pages/inventory/labels';
import { STATUS_LABELS } from './Badges';

/** A first option that leaves each tool as it is (bulk edits), with its value and both labels. */
interface Keep<K extends string> {
  value: K;
  status: string;
  enforcement: string;
}

interface Props<K extends string> {
  status: ToolStatus | NoInfer<K>;
  enforcement: Enforcement | NoInfer<K>;
  onStatus: (status: ToolStatus | NoInfer<K>) => void;
  onEnforcement: (enforcement: Enforcement | NoInfer<K>) => void;
  keep?: Keep<K>;
}

/** A decision's status and what the browser does on the tool: one tool's decision or a bulk change. */
export function DecisionSelects<K extends string = never>(props: Props<K>) {
  const { status, enforcement, onStatus, onEnforcement, keep } = props;
  const ids = { status: useId(), enf: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.status}>Status</label>
        <select id={ids.status} value={status} onChange={(e) => onStatus(e.target.value as ToolStatus | K)}>
          {keep && <option value={keep.value}>{keep.status}</option>}
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
          onChange={(e) => onEnforcement(e.target.value as Enforcement | K)}
        >
          {keep && <option value={keep.value}>{keep.enforcement}</option>}
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
