import type { Decision } from '@lantern/shared';
import { useId } from 'react';
import { STATUS_LABELS } from '../../components/Badges';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';
import { AlternativePicker } from './AlternativePicker';
import { DataClassChecks } from './DataClassChecks';
import { DecisionSelects } from '../../components/DecisionSelects';
import { PickupNote } from './PickupNote';
import { useDecisionForm } from './useDecisionForm';
import { WorkspaceFields } from './WorkspaceFields';

interface DecisionEditorProps {
  toolId: string;
  toolName: string;
  current: Decision | null;
}

/** The organisation's decision for one tool: what the browser does there and what is allowed. */
export function DecisionEditor({ toolId, toolName, current }: DecisionEditorProps) {
  const { draft, setDraft, setStatus, workspace, setWorkspace, error, saved, busy, save } = useDecisionForm(
    toolId,
    current,
  );
  const ids = { h: useId(), cond: useId() };

  return (
    <form className="card" onSubmit={save} aria-labelledby={ids.h}>
      <h2 id={ids.h}>Decision for {toolName}</h2>
      <div className="form-grid">
        <DecisionSelects
          status={draft.status}
          enforcement={draft.enforcement}
          onStatus={setStatus}
          onEnforcement={(enforcement) => setDraft({ ...draft, enforcement })}
        />
        <AlternativePicker
          toolId={toolId}
          value={draft.alternativeToolId}
          onChange={(alternativeToolId) => setDraft({ ...draft, alternativeToolId })}
        />
      </div>
      <DataClassChecks
        value={draft.allowedDataClasses}
        onChange={(allowedDataClasses) => setDraft({ ...draft, allowedDataClasses })}
      />
      <div className="field" style={{ marginTop: '0.75rem' }}>
        <label htmlFor={ids.cond}>Conditions (shown to employees, who accept them)</label>
        <textarea
          id={ids.cond}
          value={draft.conditions ?? ''}
          onChange={(e) => setDraft({ ...draft, conditions: e.target.value })}
          maxLength={2000}
          rows={3}
        />
      </div>
      <WorkspaceFields
        toolId={toolId}
        toolName={toolName}
        current={current?.companyWorkspace}
        draft={workspace}
        onChange={setWorkspace}
      />
      {error && <ErrorNotice error={error} title="Decision not saved" />}
      {saved && (
        <SuccessNotice>
          Saved: {toolName} is now “{STATUS_LABELS[saved.status]}”. <PickupNote />
        </SuccessNotice>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save decision'}
        </button>
      </div>
    </form>
  );
}
