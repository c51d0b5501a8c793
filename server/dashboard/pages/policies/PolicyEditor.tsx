import { useId } from 'react';
import { ErrorNotice } from '../../components/Feedback';
import { PolicyBodyEditor } from './PolicyBodyEditor';
import { usePublishPolicy } from './usePublishPolicy';

interface PolicyEditorProps {
  /** The current version's text, to edit from; empty for the first policy. */
  initial: { title: string; body: string } | null;
  onPublished: (version: number) => void;
}

/** Markdown on the left, the preview employees will see on the right; publishing makes version N+1. */
export function PolicyEditor({ initial, onPublished }: PolicyEditorProps) {
  const ids = { title: useId(), summary: useId(), h: useId() };
  const { title, setTitle, body, setBody, summary, setSummary, busy, error, publish } = usePublishPolicy(
    initial,
    onPublished,
  );
  const unchanged = initial !== null && initial.body === body && initial.title === title;

  return (
    <form className="card" onSubmit={publish} aria-labelledby={ids.h}>
      <h2 id={ids.h}>{initial ? 'Publish a new version' : 'Publish the first policy'}</h2>
      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input
          id={ids.title}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
        />
      </div>
      <PolicyBodyEditor body={body} onChange={setBody} />
      {initial && (
        <div className="field" style={{ marginTop: '0.75rem' }}>
          <label htmlFor={ids.summary}>What changed (shown to employees when they are asked again)</label>
          <textarea
            id={ids.summary}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            maxLength={2000}
            rows={2}
          />
        </div>
      )}
      {error && <ErrorNotice error={error} title="Not published" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || unchanged || body.trim() === ''}>
          {busy ? 'Publishing…' : 'Publish new version'}
        </button>
        {unchanged && <span className="muted">Edit the text to publish a new version.</span>}
      </div>
    </form>
  );
}
