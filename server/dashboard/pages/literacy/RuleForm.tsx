import { useMutation } from '@tanstack/react-query';
import { DATA_CLASSES, TOOL_CATEGORIES, TOOL_STATUSES } from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';
import { SelectField } from '../../components/Fields';

const opts = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }));
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** A requirement rule: which uses need the module (every field set must match), by when, how strictly. */
export function RuleForm({ modules, onAdded }: { modules: string[]; onAdded: () => void }) {
  const trpc = useTRPC();
  const addRuleMutation = useMutation(trpc.admin.literacy.addRule.mutationOptions());
  const ids = { tool: useId(), dept: useId(), due: useId(), renew: useId(), h: useId() };
  const [moduleId, setModuleId] = useState(modules[0] ?? '');
  const [toolId, setToolId] = useState('');
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState('');
  const [dataClass, setDataClass] = useState('');
  const [annex, setAnnex] = useState('');
  const [department, setDepartment] = useState('');
  const [dueDays, setDueDays] = useState('30');
  const [renewalDays, setRenewalDays] = useState('365');
  const [mode, setMode] = useState('acknowledge');
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await addRuleMutation.mutateAsync({
        moduleId,
        toolId: orNull(toolId),
        toolCategory: orNull(category) as never,
        decisionStatus: orNull(status) as never,
        dataClass: orNull(dataClass) as never,
        annexIII: annex === 'yes' ? true : null,
        department: orNull(department),
        dueDays: Number(dueDays),
        renewalDays: renewalDays.trim() === '' ? null : Number(renewalDays),
        mode: mode as 'acknowledge' | 'block',
      });
      onAdded();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={add} aria-labelledby={ids.h}>
      <h2 id={ids.h}>Add a rule</h2>
      <SelectField label="Module" value={moduleId} options={opts(modules)} onChange={setModuleId} />
      <div className="field">
        <label htmlFor={ids.tool}>Tool id (optional)</label>
        <input id={ids.tool} value={toolId} onChange={(e) => setToolId(e.target.value)} />
      </div>
      <SelectField
        label="Tool category"
        value={category}
        options={opts(TOOL_CATEGORIES)}
        onChange={setCategory}
        anyLabel="Any"
      />
      <SelectField
        label="Decision"
        value={status}
        options={opts(TOOL_STATUSES)}
        onChange={setStatus}
        anyLabel="Any"
      />
      <SelectField
        label="Registered data class"
        value={dataClass}
        options={opts(DATA_CLASSES)}
        onChange={setDataClass}
        anyLabel="Any"
      />
      <SelectField
        label="Annex III purpose"
        value={annex}
        options={[{ value: 'yes', label: 'Only Annex III purposes' }]}
        onChange={setAnnex}
        anyLabel="Any purpose"
      />
      <div className="field">
        <label htmlFor={ids.dept}>Department (optional, from the people directory)</label>
        <input
          id={ids.dept}
          value={department}
          onChange={(e) => setDepartment(e.target.value)}
          maxLength={120}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.due}>Due within (days of first use)</label>
        <input
          id={ids.due}
          type="number"
          min={0}
          max={3650}
          value={dueDays}
          onChange={(e) => setDueDays(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.renew}>Renew every (days; empty: never)</label>
        <input
          id={ids.renew}
          type="number"
          min={1}
          max={3650}
          value={renewalDays}
          onChange={(e) => setRenewalDays(e.target.value)}
        />
      </div>
      <SelectField
        label="When overdue"
        value={mode}
        options={[
          { value: 'acknowledge', label: 'Keep offering it (acknowledge)' },
          { value: 'block', label: 'Block the tool until done' },
        ]}
        onChange={setMode}
      />
      {error && <ErrorNotice error={error} title="Rule not added" />}
      <button type="submit" className="primary" disabled={busy || modules.length === 0}>
        Add rule
      </button>
    </form>
  );
}
