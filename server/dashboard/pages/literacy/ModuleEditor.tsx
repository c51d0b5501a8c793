import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';
import { Markdown } from '../../components/Markdown';
import { parseQuestions, questionsText } from './questions-text';

type Module = Awaited<ReturnType<typeof api.admin.literacy.modules.query>>[number];

/** Creates a module or publishes its next version (a new SHA-256; completions bind to the one shown). */
export function ModuleEditor({
  initial,
  onPublished,
}: {
  initial: Module | null;
  onPublished: (v: { id: string; version: number }) => void;
}) {
  const trpc = useTRPC();
  const publishMutation = useMutation(trpc.admin.literacy.publish.mutationOptions());
  const ids = {
    id: useId(),
    title: useId(),
    body: useId(),
    url: useId(),
    q: useId(),
    mark: useId(),
    h: useId(),
  };
  const [id, setId] = useState(initial?.id ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [courseUrl, setCourseUrl] = useState(initial?.courseUrl ?? '');
  const [questions, setQuestions] = useState(questionsText(initial?.questions ?? []));
  const [passMark, setPassMark] = useState(String(initial?.passMark ?? 80));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  async function publish(e: FormEvent) {
    e.preventDefault();
    const parsed = parseQuestions(questions);
    if (parsed.error) return setError(new Error(parsed.error));
    setBusy(true);
    setError(undefined);
    try {
      const m = await publishMutation.mutateAsync({
        id: id.trim(),
        content: {
          title: title.trim(),
          body,
          courseUrl: courseUrl.trim() === '' ? null : courseUrl.trim(),
          questions: parsed.questions,
          passMark: parsed.questions.length === 0 ? null : Number(passMark),
        },
      });
      onPublished(m);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={publish} aria-labelledby={ids.h}>
      <h2 id={ids.h}>{initial ? `New version of ${initial.id}` : 'New module'}</h2>
      <div className="field">
        <label htmlFor={ids.id}>Module id (kebab-case, never changes)</label>
        <input
          id={ids.id}
          value={id}
          onChange={(e) => setId(e.target.value)}
          required
          readOnly={initial !== null}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          maxLength={64}
        />
      </div>
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
      <div className="editor">
        <div className="field">
          <label htmlFor={ids.body}>Text (Markdown)</label>
          <textarea id={ids.body} value={body} onChange={(e) => setBody(e.target.value)} rows={12} required />
        </div>
        <div className="field" aria-label="Preview">
          <Markdown source={body} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.url}>External course (https, optional)</label>
        <input id={ids.url} type="url" value={courseUrl} onChange={(e) => setCourseUrl(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.q}>
          Questions (optional): the question, then one option per line, the right one starting with *; a blank
          line between questions
        </label>
        <textarea id={ids.q} value={questions} onChange={(e) => setQuestions(e.target.value)} rows={6} />
      </div>
      <div className="field">
        <label htmlFor={ids.mark}>Pass mark (% right answers)</label>
        <input
          id={ids.mark}
          type="number"
          min={1}
          max={100}
          value={passMark}
          onChange={(e) => setPassMark(e.target.value)}
        />
      </div>
      {error && <ErrorNotice error={error} title="Not published" />}
      <button type="submit" className="primary" disabled={busy}>
        Publish
      </button>
    </form>
  );
}
