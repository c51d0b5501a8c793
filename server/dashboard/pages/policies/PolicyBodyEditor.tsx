import { useId } from 'react';
import { Markdown } from '../../components/Markdown';

/** The Markdown text beside the preview employees will see. */
export function PolicyBodyEditor({ body, onChange }: { body: string; onChange: (body: string) => void }) {
  const ids = { body: useId(), preview: useId() };
  return (
    <div className="editor" style={{ marginTop: '0.75rem' }}>
      <div className="field">
        <label htmlFor={ids.body}>Policy text (Markdown)</label>
        <textarea
          id={ids.body}
          className="code"
          value={body}
          onChange={(e) => onChange(e.target.value)}
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
  );
}
