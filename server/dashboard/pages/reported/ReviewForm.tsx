import { useId } from 'react';
import { ErrorNotice } from '../../components/Feedback';
import { useReview } from './useReview';

interface ReviewFormProps {
  report: { id: string; name: string; hostname: string | null };
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Accept (it becomes an organisation tool under review, in every browser) or dismiss (the reporters'
 * requests are denied with the note). Taking over a hostname the catalog knows needs its own tick.
 */
export function ReviewForm({ report, onDone, onCancel }: ReviewFormProps) {
  const id = useId();
  const { draft, set, busy, error, accept, dismiss } = useReview(report, onDone);

  return (
    <div className="answer-form">
      <div className="field">
        <label htmlFor={`${id}-name`}>Tool name</label>
        <input
          id={`${id}-name`}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          maxLength={120}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-domain`}>Hostname every browser will recognise (optional)</label>
        <input
          id={`${id}-domain`}
          value={draft.domain}
          onChange={(e) => set({ domain: e.target.value })}
          maxLength={253}
        />
      </div>
      <label>
        <input
          type="checkbox"
          checked={draft.override}
          onChange={(e) => set({ override: e.target.checked })}
        />{' '}
        Take this hostname over from the catalog if it already names another tool
      </label>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note to the reporters if you dismiss it (optional)</label>
        <textarea
          id={`${id}-note`}
          value={draft.note}
          onChange={(e) => set({ note: e.target.value })}
          rows={2}
          maxLength={1000}
        />
      </div>
      {error && <ErrorNotice error={error} title="Not saved" />}
      <ReviewActions
        busy={busy}
        canAccept={draft.name.trim() !== ''}
        onAccept={() => void accept()}
        onDismiss={() => void dismiss()}
        onCancel={onCancel}
      />
    </div>
  );
}

interface ActionProps {
  busy: boolean;
  /** The tool has a name. */
  canAccept: boolean;
  onAccept: () => void;
  onDismiss: () => void;
  onCancel: () => void;
}

function ReviewActions({ busy, canAccept, onAccept, onDismiss, onCancel }: ActionProps) {
  return (
    <div className="actions">
      <button type="button" className="primary" disabled={busy || !canAccept} onClick={onAccept}>
        Accept into the organisation's tools
      </button>
      <button type="button" className="danger" disabled={busy} onClick={onDismiss}>
        Dismiss
      </button>
      <button type="button" disabled={busy} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
