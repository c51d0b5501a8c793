import { t } from '../i18n';
import type { ToolLiteracy } from './due';
import type { useModuleCheck } from './useModuleCheck';

interface Props {
  module: ToolLiteracy['module'];
  check: ReturnType<typeof useModuleCheck>;
}

/** The module's questions (if any), the last failed score and the button that completes it. */
export function ModuleCheck({ module: m, check }: Props) {
  const { answers, answer, result, error, busy, submit } = check;
  return (
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
                onChange={() => answer(i, j)}
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
  );
}
