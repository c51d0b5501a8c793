import { DATA_CLASSES, TOOL_CATEGORIES, TOOL_STATUSES } from '@lantern/shared';
import { useId } from 'react';
import { SelectField } from '../../components/Fields';
import type { RuleDraft, SetRule } from './useRuleForm';

export const opts = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }));

/** Which uses need the module: every field set must match. */
export function RuleSelectors({ draft, set }: { draft: RuleDraft; set: SetRule }) {
  const ids = { tool: useId(), dept: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.tool}>Tool id (optional)</label>
        <input id={ids.tool} value={draft.toolId} onChange={(e) => set({ toolId: e.target.value })} />
      </div>
      <SelectField
        label="Tool category"
        value={draft.category}
        options={opts(TOOL_CATEGORIES)}
        onChange={(category) => set({ category })}
        anyLabel="Any"
      />
      <SelectField
        label="Decision"
        value={draft.status}
        options={opts(TOOL_STATUSES)}
        onChange={(status) => set({ status })}
        anyLabel="Any"
      />
      <SelectField
        label="Registered data class"
        value={draft.dataClass}
        options={opts(DATA_CLASSES)}
        onChange={(dataClass) => set({ dataClass })}
        anyLabel="Any"
      />
      <SelectField
        label="Annex III purpose"
        value={draft.annex}
        options={[{ value: 'yes', label: 'Only Annex III purposes' }]}
        onChange={(annex) => set({ annex })}
        anyLabel="Any purpose"
      />
      <div className="field">
        <label htmlFor={ids.dept}>Department (optional, from the people directory)</label>
        <input
          id={ids.dept}
          value={draft.department}
          onChange={(e) => set({ department: e.target.value })}
          maxLength={120}
        />
      </div>
    </>
  );
}
