import { useId } from 'react';
import { ErrorNotice } from '../../components/Feedback';
import { SelectField } from '../../components/Fields';
import { opts, RuleSelectors } from './RuleSelectors';
import { RuleTiming } from './RuleTiming';
import { useRuleForm } from './useRuleForm';

/** A requirement rule: which uses need the module (every field set must match), by when, how strictly. */
export function RuleForm({ modules, onAdded }: { modules: string[]; onAdded: () => void }) {
  const h = useId();
  const { draft, set, add, error, busy } = useRuleForm(modules[0] ?? '', onAdded);

  return (
    <form className="card" onSubmit={add} aria-labelledby={h}>
      <h2 id={h}>Add a rule</h2>
      <SelectField
        label="Module"
        value={draft.moduleId}
        options={opts(modules)}
        onChange={(moduleId) => set({ moduleId })}
      />
      <RuleSelectors draft={draft} set={set} />
      <RuleTiming draft={draft} set={set} />
      {error && <ErrorNotice error={error} title="Rule not added" />}
      <button type="submit" className="primary" disabled={busy || modules.length === 0}>
        Add rule
      </button>
    </form>
  );
}
