import { useId } from 'react';
import { SelectField } from '../../components/Fields';
import type { RuleDraft, SetRule } from './useRuleForm';

const MODES = [
  { value: 'acknowledge', label: 'Keep offering it (acknowledge)' },
  { value: 'block', label: 'Block the tool until done' },
];

/** By when the module is due, how often it is renewed, and what happens when it is overdue. */
export function RuleTiming({ draft, set }: { draft: RuleDraft; set: SetRule }) {
  const ids = { due: useId(), renew: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.due}>Due within (days of first use)</label>
        <input
          id={ids.due}
          type="number"
          min={0}
          max={3650}
          value={draft.dueDays}
          onChange={(e) => set({ dueDays: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.renew}>Renew every (days; empty: never)</label>
        <input
          id={ids.renew}
          type="number"
          min={1}
          max={3650}
          value={draft.renewalDays}
          onChange={(e) => set({ renewalDays: e.target.value })}
        />
      </div>
      <SelectField
        label="When overdue"
        value={draft.mode}
        options={MODES}
        onChange={(mode) => set({ mode })}
      />
    </>
  );
}
