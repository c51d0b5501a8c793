import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';
import { Markdown } from '../../components/Markdown';

interface PolicyEditorProps {
  /** The current version's text, to edit from; empty for the first policy. */
  initial: { title: string; body: string } | null;
  onPublished: (version: number) => void;
}

/** Markdown on the left, the preview employees will see on the right; publishing makes version N+1. */
export function PolicyEditor({ initial, onPublished }: PolicyEditorProps) {
  const trpc = useTRPC();
  const publishMutation = useMutation(trpc.admin.policies.publish.mutationOptions());
  const ids = { title: useId(), body: useId(), summary: useId(), preview: useId(), h: useId() };
  const [title, setTitle] = useState(initial?.title ?? 'AI use policy');
  const [body, setBody] = useState(initial?.body ?? '# AI use policy\n\n');
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const unchanged = initial !== null && initial.body === body && initial.title === title;

  async function publish(e: FormEvent) {
    e.preventDefault();
    if (!window.confirm('Publish this as a new version? Every browser will ask its user to accept it.'))
      return;
    setBusy(true);
    setError(undefined);
    try {
      const p = await publishMutation.mutateAsync({
        title: title.trim(),
        body,
        changeSummary: summary.trim() === '' ? null : summary.trim(),
      });
      setSummary('');
      onPublished(p.version);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

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
      <div className="editor" style={{ marginTop: '0.75rem' }}>
        <div className="field">
          <label htmlFor={ids.body}>Policy text (Markdown)</label>
          <textarea
            id={ids.body}
            className="code"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
            maxLength={100_000}
            spellCheck
          />
          <span className="field-hint">
            Headings (#), lists (-), **bold**, *italic*, links. HTML is shown as text.
          </span>
        </div>
        <div className="field">
          <span id={ids.preview} className="field-label">
            <strong>Preview</strong>
          </span>
          <section className="preview" aria-labelledby={ids.preview} aria-live="polite">
            <Markdown source={body} />
          </section>
        </div>
      </div>
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
