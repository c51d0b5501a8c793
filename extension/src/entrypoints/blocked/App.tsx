import { LIMITS } from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { approvedForYouText, CheckAgain } from '../../approval/CheckAgain';
import { ToolCard } from '../../components/ToolCard';
import { toolIdFromLocation } from '../../components/page';
import { toolHome } from '../../enforce/tool-home';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useToolExperience } from '../../hooks/useToolExperience';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';
import { LiteracyStep } from '../../literacy/LiteracyStep';

/**
 * Shown instead of a tool the organisation has not approved (a declarativeNetRequest redirect).
 * It names the approved alternative and offers "request approval" — or, in justify mode,
 * "continue with a reason", which opens the tool for the rest of the day.
 */
export function App({ toolId = toolIdFromLocation() }: { toolId?: string | null }) {
  const data = useExperienceData();
  const found = useToolExperience(data, toolId);
  const [sent, setSent] = useState(false);

  if (found === undefined) return <main aria-busy="true" />;
  if (found === null) {
    return (
      <main>
        <h1>{t('blocked.unknownTitle')}</h1>
        <p>{t('blocked.unknownBody')}</p>
      </main>
    );
  }
  const { tool, decision, alternative, experience } = found;
  const justifyMode = experience.enforcement === 'justify';
  const open = experience.action !== 'block' && experience.action !== 'justify';

  return (
    <main>
      <h1>{open ? t('blocked.canOpen', { tool: tool.name }) : t('blocked.title', { tool: tool.name })}</h1>
      <ToolCard
        tool={tool}
        status={experience.status}
        conditions={decision?.conditions ?? null}
        alternative={alternative}
        companyWorkspace={decision?.companyWorkspace}
      />
      <LiteracyStep data={data} toolId={tool.id} toolName={tool.name} />
      {open ? (
        <section className="card" role="status">
          <p>
            {experience.approvedForYou
              ? approvedForYouText(experience.approvedUntil)
              : t('blocked.nothingStops')}
          </p>
          <a className="button primary" href={toolHome(tool)}>
            {t('blocked.open', { tool: tool.name })}
          </a>
        </section>
      ) : (
        <>
          {alternative && (
            <section className="card">
              <p>
                {t('blocked.instead', { tool: alternative.name })}{' '}
                <a href={toolHome(alternative)}>{t('blocked.open', { tool: alternative.name })}</a>
              </p>
            </section>
          )}
          {justifyMode && <ReasonForm toolId={tool.id} />}
          {experience.pendingRequest || sent ? (
            <section className="card" role="status">
              <h2>{t('blocked.requested')}</h2>
              <p>{t('blocked.requestedBody', { tool: tool.name })}</p>
              <CheckAgain toolId={tool.id} />
            </section>
          ) : (
            <>
              <RequestForm toolId={tool.id} onSent={() => setSent(true)} />
              <CheckAgain toolId={tool.id} />
            </>
          )}
        </>
      )}
    </main>
  );
}

function useReasonSubmit(send: (reason: string) => Promise<void>) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('blocked.reasonMissing'));
    setBusy(true);
    setError(null);
    try {
      await send(reason.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { reason, setReason, error, busy, submit };
}

function ReasonForm({ toolId }: { toolId: string }) {
  const id = useId();
  const form = useReasonSubmit(async (reason) => {
    const { continueTo } = await sendMessage({ type: 'justify', toolId, reason });
    window.location.replace(continueTo);
  });
  return (
    <form className="card form" onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('blocked.justifyTitle')}</h2>
      <p className="muted">{t('blocked.justifyHint')}</p>
      <label htmlFor={`${id}-r`}>{t('blocked.justifyLabel')}</label>
      <textarea
        id={`${id}-r`}
        rows={2}
        maxLength={LIMITS.reasonText}
        value={form.reason}
        onChange={(e) => form.setReason(e.target.value)}
      />
      {form.error && (
        <p className="error" role="alert">
          {form.error}
        </p>
      )}
      <button type="submit" className="primary" disabled={form.busy}>
        {t('blocked.continue')}
      </button>
    </form>
  );
}

function RequestForm({ toolId, onSent }: { toolId: string; onSent: () => void }) {
  const id = useId();
  const form = useReasonSubmit(async (reason) => {
    await sendMessage({ type: 'requestApproval', toolId, reason });
    onSent();
  });
  return (
    <form className="card form" onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('blocked.requestTitle')}</h2>
      <label htmlFor={`${id}-r`}>{t('blocked.requestLabel')}</label>
      <textarea
        id={`${id}-r`}
        rows={2}
        maxLength={LIMITS.reasonText}
        value={form.reason}
        onChange={(e) => form.setReason(e.target.value)}
      />
      {form.error && (
        <p className="error" role="alert">
          {form.error}
        </p>
      )}
      <button type="submit" className="primary" disabled={form.busy}>
        {t('blocked.requestButton')}
      </button>
    </form>
  );
}
