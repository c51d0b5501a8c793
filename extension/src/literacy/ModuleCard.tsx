import { formatDate, t } from '../i18n';
import { useState, type FormEvent } from 'react';
import { Markdown } from '../components/Markdown';
import { sendMessage } from '../messaging/client';
import type { ToolLiteracy } from './due';

type Result = { passed: boolean; score: number | null; passMark: number | null };

/** One module: its Markdown (the shared safe renderer), the course link, the check and its result. */
export function ModuleCard({ item, toolId }: { item: ToolLiteracy; toolId: string | null }) {
  const m = item.module;
  const [answers, setAnswers] = useState<(number | null)[]>(() => m.questions.map(() => null));
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answers.some((a) => a === null)) return setError(t('learn.answerAll'));
    setBusy(true);
    setError(null);
    try {
      setResult(
        await sendMessage({ type: 'completeModule', moduleId: m.id, version: m.version, answers, toolId }),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const done = item.status === 'done' || result?.passed === true;
  return (
    <article className="card" data-module={m.id}>
      <h2>{m.title}</h2>
      <Markdown source={m.body} />
      {m.courseUrl && (
        <p>
          <a href={m.courseUrl} target="_blank" rel="noreferrer noopener">
            {t('learn.course')}
          </a>
        </p>
      )}
      {done ? (
        <p role="status" className="ok">
          {result
            ? result.score === null
              ? t('learn.completed')
              : t('learn.passed', { score: result.score })
            : t('learn.completedOn', { date: formatDate(item.completion?.at ?? Date.now()) })}
        </p>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)}>
          {m.questions.length > 0 && <h3>{t('learn.check')}</h3>}
          {m.passMark !== null && <p>{t('learn.passMark', { mark: m.passMark })}</p>}
          {m.questions.map((q, i) => (
            <fieldset key={i}>
              <legend>{q.prompt}</legend>
              {q.options.map((o, j) => (
                <label key={j} className="check">
                  <input
                    type="radio"
                    name={`${m.id}-q${i}`}
                    checked={answers[i] === j}
                    onChange={() => setAnswers((a) => a.map((x, k) => (k === i ? j : x)))}
                  />
                  {o}
                </label>
              ))}
            </fieldset>
          ))}
          {result && !result.passed && (
            <p role="alert" className="error">
              {t('learn.failed', { score: result.score ?? 0, mark: result.passMark ?? 0 })}
            </p>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <p className="hint">{t('learn.privacy')}</p>
          <button type="submit" className="primary" disabled={busy}>
            {m.questions.length > 0 ? t('learn.submit') : t('learn.done')}
          </button>
        </form>
      )}
    </article>
  );
}
