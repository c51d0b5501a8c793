import { annexIIIFlag, sha256Hex, type PolicyVersion } from '@lantern/shared';
import { useState } from 'react';
import { AcceptPanel } from '../../components/AcceptPanel';
import { AnnexIIINote } from '../../components/AnnexIIINote';
import { PolicyView } from '../../components/PolicyView';
import { RegistrationForm } from '../../components/RegistrationForm';
import { SupplierBox } from '../../components/SupplierBox';
import { ToolCard } from '../../components/ToolCard';
import { toolIdFromLocation } from '../../components/page';
import type { RegistrationValues } from '../../components/registration';
import type { Acceptance } from '../../enforce/messages';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useToolExperience } from '../../hooks/useToolExperience';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';
import { LiteracyStep } from '../../literacy/LiteracyStep';

type Outcome =
  | {
      kind: 'registered';
      reviewRequested: boolean;
      dataBeyondAllowed: boolean;
      annex: ReturnType<typeof annexIIIFlag>;
    }
  | { kind: 'accepted' };

/** The acceptance binds to the SHA-256 of exactly the policy body shown here. */
async function acceptanceOf(policy: PolicyVersion, conditionsSha256: string | null): Promise<Acceptance> {
  return { policyVersion: policy.version, policySha256: await sha256Hex(policy.body), conditionsSha256 };
}

/**
 * The acknowledgement page: an extension page, so the visited site cannot script it. Tool card,
 * the policy, the registration form and acceptance; asked again when the policy or conditions change.
 */
export function App({ toolId = toolIdFromLocation() }: { toolId?: string | null }) {
  const data = useExperienceData();
  const found = useToolExperience(data, toolId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (found === undefined) return <main aria-busy="true" />;
  if (found === null) {
    return (
      <main>
        <h1>{t('ack.unknownTitle')}</h1>
        <p>{t('ack.unknownBody')}</p>
      </main>
    );
  }
  const { tool, decision, alternative, experience, conditionsSha256 } = found;
  const policy = data?.config?.policy ?? null;
  const owesAcceptance = experience.owes.acceptPolicy || experience.owes.acceptConditions;

  const run = async (task: () => Promise<Outcome>) => {
    setBusy(true);
    setError(null);
    try {
      setOutcome(await task());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const onRegister = (values: RegistrationValues) =>
    run(async () => {
      const acceptance = policy && owesAcceptance ? await acceptanceOf(policy, conditionsSha256) : null;
      const answer = await sendMessage({ type: 'register', toolId: tool.id, ...values, acceptance });
      return {
        kind: 'registered',
        reviewRequested: answer.reviewRequested,
        dataBeyondAllowed: answer.dataBeyondAllowed,
        annex: annexIIIFlag(values.purposeCategory),
      };
    });
  const onAccept = () =>
    run(async () => {
      if (!policy) throw new Error(t('ack.noPolicy'));
      await sendMessage({
        type: 'acceptPolicy',
        toolId: tool.id,
        acceptance: await acceptanceOf(policy, conditionsSha256),
      });
      return { kind: 'accepted' };
    });

  return (
    <main>
      <h1>{t('ack.title', { tool: tool.name })}</h1>
      <ToolCard
        tool={tool}
        status={experience.status}
        conditions={decision?.conditions ?? null}
        alternative={alternative}
        companyWorkspace={decision?.companyWorkspace}
      />
      <SupplierBox toolId={tool.id} />
      <LiteracyStep data={data} toolId={tool.id} toolName={tool.name} />
      {policy && <PolicyView policy={policy} showChanges={experience.policyChanged} />}
      {outcome ? (
        <Done outcome={outcome} toolName={tool.name} />
      ) : experience.owes.register ? (
        <RegistrationForm
          toolName={tool.name}
          allowedDataClasses={decision?.allowedDataClasses ?? []}
          requireAcceptance={policy !== null && owesAcceptance}
          asksForReview={experience.status === 'review'}
          busy={busy}
          onSubmit={(values) => void onRegister(values)}
        />
      ) : owesAcceptance ? (
        <AcceptPanel busy={busy} onAccept={() => void onAccept()} />
      ) : (
        <section className="card" role="status">
          <h2>{t('ack.allSet')}</h2>
          <p>{t('ack.allSetBody', { tool: tool.name })}</p>
        </section>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}

function Done({ outcome, toolName }: { outcome: Outcome; toolName: string }) {
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
