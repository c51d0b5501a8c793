import { PolicyView } from '../../components/PolicyView';
import { SupplierBox } from '../../components/SupplierBox';
import { ToolCard } from '../../components/ToolCard';
import { toolIdFromLocation } from '../../components/page';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useToolExperience } from '../../hooks/useToolExperience';
import { t } from '../../i18n';
import { LiteracyStep } from '../../literacy/LiteracyStep';
import { AckStep } from './AckStep';
import { accept, register, type AckContext } from './acts';
import { useOutcome } from './useOutcome';

/**
 * The acknowledgement page: an extension page, so the visited site cannot script it. Tool card,
 * the policy, the registration form and acceptance; asked again when the policy or conditions change.
 */
export function App({ toolId = toolIdFromLocation() }: { toolId?: string | null }) {
  const data = useExperienceData();
  const found = useToolExperience(data, toolId);
  const { busy, error, outcome, run } = useOutcome();

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
  const ctx: AckContext = { toolId: tool.id, policy, owesAcceptance, conditionsSha256 };

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
      <AckStep
        toolName={tool.name}
        status={experience.status}
        decision={decision}
        outcome={outcome}
        owesRegistration={experience.owes.register}
        owesAcceptance={owesAcceptance}
        hasPolicy={policy !== null}
        busy={busy}
        onRegister={(values) => void run(() => register(ctx, values))}
        onAccept={() => void run(() => accept(ctx))}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
