import { AcceptPanel } from '../../components/AcceptPanel';
import { RegistrationForm } from '../../components/RegistrationForm';
import type { RegistrationValues } from '../../components/registration';
import type { ToolExperience } from '../../enforce/experience';
import { t } from '../../i18n';
import type { Outcome } from './acts';
import { Done } from './Done';

interface Props {
  toolName: string;
  status: ToolExperience['experience']['status'];
  decision: ToolExperience['decision'];
  outcome: Outcome | null;
  owesRegistration: boolean;
  owesAcceptance: boolean;
  hasPolicy: boolean;
  busy: boolean;
  onRegister: (values: RegistrationValues) => void;
  onAccept: () => void;
}

/** The one step left: the thanks, the registration form, the acceptance, or "all set". */
export function AckStep(p: Props) {
  if (p.outcome) return <Done outcome={p.outcome} toolName={p.toolName} />;
  if (p.owesRegistration)
    return (
      <RegistrationForm
        toolName={p.toolName}
        allowedDataClasses={p.decision?.allowedDataClasses ?? []}
        requireAcceptance={p.hasPolicy && p.owesAcceptance}
        asksForReview={p.status === 'review'}
        busy={p.busy}
        onSubmit={p.onRegister}
      />
    );
  if (p.owesAcceptance) return <AcceptPanel busy={p.busy} onAccept={p.onAccept} />;
  return (
    <section className="card" role="status">
      <h2>{t('ack.allSet')}</h2>
      <p>{t('ack.allSetBody', { tool: p.toolName })}</p>
    </section>
  );
}
