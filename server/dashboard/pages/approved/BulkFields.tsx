import { useId } from 'react';
import { DecisionSelects } from '../../components/DecisionSelects';
import { KEEP, type BulkChange } from './useBulkChange';

interface Props {
  change: BulkChange;
  update: (patch: Partial<BulkChange>) => void;
}

/** Status, browser behaviour and conditions; each may be left as every tool has it. */
export function BulkFields({ change: { status, enforcement, conditions }, update }: Props) {
  const cond = useId();
  return (
    <>
      <div className="form-grid">
        <DecisionSelects
          status={status}
          enforcement={enforcement}
          onStatus={(s) => update({ status: s })}
          onEnforcement={(e) => update({ enforcement: e })}
          keep={{
            value: KEEP,
            status: "Keep each tool's status",
            enforcement: status ? 'Default for the status' : "Keep each tool's setting",
          }}
        />
      </div>
      <div className="field" style={{ marginTop: '0.75rem' }}>
        <label htmlFor={cond}>Conditions</label>
        <textarea
          id={cond}
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
