import { AnnexIIINote } from '../../components/AnnexIIINote';
import { t } from '../../i18n';
import type { Outcome } from './acts';

/** The thanks after registering or accepting, with what happens next. */
export function Done({ outcome, toolName }: { outcome: Outcome; toolName: string }) {
  return (
    <section className="card" role="status" aria-live="polite">
      <h2>{t('ack.thanks')}</h2>
      {outcome.kind === 'registered' ? (
        <>
          <p>{t('ack.registered', { tool: toolName })}</p>
          {outcome.reviewRequested && <p>{t('ack.reviewRequested', { tool: toolName })}</p>}
          {outcome.dataBeyondAllowed && <p>{t('ack.beyondRouted', { tool: toolName })}</p>}
          {outcome.annex && <AnnexIIINote flag={outcome.annex} />}
        </>
      ) : (
        <p>{t('ack.accepted')}</p>
      )}
    </section>
  );
}
