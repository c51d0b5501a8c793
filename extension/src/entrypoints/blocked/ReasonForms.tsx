import { LIMITS } from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';

/** A reason typed by the employee, sent once it is not empty. */
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

/** One reason form: its title, an optional hint, the reason field and the button that sends it. */
function ReasonCard(props: {
  title: string;
  hint?: string;
  label: string;
  button: string;
  send: (reason: string) => Promise<void>;
}) {
  const id = useId();
  const form = useReasonSubmit(props.send);
  return (
    <form className="card form" onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{props.title}</h2>
      {props.hint && <p className="muted">{props.hint}</p>}
      <label htmlFor={`${id}-r`}>{props.label}</label>
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
        {props.button}
      </button>
    </form>
  );
}

/** "Continue with a reason": opens the tool for the rest of the day. */
export function ReasonForm({ toolId }: { toolId: string }) {
  return (
    <ReasonCard
      title={t('blocked.justifyTitle')}
      hint={t('blocked.justifyHint')}
      label={t('blocked.justifyLabel')}
      button={t('blocked.continue')}
      send={async (reason) => {
        const { continueTo } = await sendMessage({ type: 'justify', toolId, reason });
        window.location.replace(continueTo);
      }}
    />
  );
}

/** Asks IT to approve the tool, with the reason. */
export function RequestForm({ toolId, onSent }: { toolId: string; onSent: () => void }) {
  return (
    <ReasonCard
      title={t('blocked.requestTitle')}
      label={t('blocked.requestLabel')}
      button={t('blocked.requestButton')}
      send={async (reason) => {
        await sendMessage({ type: 'requestApproval', toolId, reason });
        onSent();
      }}
    />
  );
}
