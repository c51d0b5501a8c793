import { LIMITS } from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { approvedForYouText, CheckAgain } from '../../approval/CheckAgain';
import { ToolCard } from '../../components/ToolCard';
import { toolIdFromLocation } from '../../components/page';
import { toolHome } from '../../enforce/tool-home';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useToolExperience } from '../../hooks/useToolExperience';
import { sendMessage } from '../../messaging/client';

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
        <h1>This page was stopped by Lantern</h1>
        <p>Lantern does not know this tool any more. Try opening it again.</p>
      </main>
    );
  }
  const { tool, decision, alternative, experience } = found;
  const justifyMode = experience.enforcement === 'justify';
  const open = experience.action !== 'block' && experience.action !== 'justify';

  return (
    <main>
      <h1>{open ? `You can open ${tool.name}` : `${tool.name} is not approved for work`}</h1>
      <ToolCard
        tool={tool}
        status={experience.status}
        conditions={decision?.conditions ?? null}
        alternative={alternative}
        companyWorkspace={decision?.companyWorkspace}
      />
      {open ? (
        <section className="card" role="status">
          <p>
            {experience.approvedForYou
              ? approvedForYouText(experience.approvedUntil)
              : 'Nothing stops this tool now.'}
          </p>
          <a className="button primary" href={toolHome(tool)}>
            Open {tool.name}
          </a>
        </section>
      ) : (
        <>
          {alternative && (
            <section className="card">
              <p>
                You can use <strong>{alternative.name}</strong> instead.{' '}
                <a href={toolHome(alternative)}>Open {alternative.name}</a>
              </p>
            </section>
          )}
          {justifyMode && <ReasonForm toolId={tool.id} />}
          {experience.pendingRequest || sent ? (
            <section className="card" role="status">
              <h2>Approval requested</h2>
              <p>IT will look at your request. Once it is approved, {tool.name} opens normally.</p>
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
    if (!reason.trim()) return setError('Please give a short reason.');
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
      <h2 id={`${id}-t`}>Continue with a reason</h2>
      <p className="muted">Your reason is recorded and the tool opens for the rest of today.</p>
      <label htmlFor={`${id}-r`}>Why do you need it today?</label>
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
        Continue
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
      <h2 id={`${id}-t`}>Request approval</h2>
      <label htmlFor={`${id}-r`}>What would you use it for?</label>
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
        Request approval
      </button>
    </form>
  );
}
