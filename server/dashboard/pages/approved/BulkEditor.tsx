import { useId } from 'react';
import { ErrorNotice } from '../../components/Feedback';
import { BulkFields } from './BulkFields';
import { KEEP, MAX_BULK, useBulkChange } from './useBulkChange';

export { MAX_BULK };

interface BulkEditorProps {
  /** Selected on any page of the list. */
  toolIds: readonly string[];
  onSaved: (count: number) => void;
}

/** One change for many tools, saved all-or-nothing (one config version, one audit record). */
export function BulkEditor({ toolIds, onSaved }: BulkEditorProps) {
  const headingId = useId();
  const { change, update, apply, error, busy } = useBulkChange(toolIds, onSaved);
  const tooMany = toolIds.length > MAX_BULK;
  const unchanged = change.status === KEEP && change.enforcement === KEEP && change.conditions === null;

  return (
    <form className="card" onSubmit={apply} aria-labelledby={headingId}>
      <h2 id={headingId} style={{ marginTop: 0 }}>
        Change {toolIds.length} selected {toolIds.length === 1 ? 'tool' : 'tools'}
      </h2>
      <BulkFields change={change} update={update} />
      {tooMany && (
        <p className="notice notice-error" role="alert">
          One change can cover at most {MAX_BULK} tools. Clear the selection and pick fewer.
        </p>
      )}
      {error && <ErrorNotice error={error} title="Nothing was changed" />}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={busy || tooMany || toolIds.length === 0 || unchanged}
        >
          {busy ? 'Saving…' : `Apply to ${toolIds.length} ${toolIds.length === 1 ? 'tool' : 'tools'}`}
        </button>
      </div>
    </form>
  );
}
