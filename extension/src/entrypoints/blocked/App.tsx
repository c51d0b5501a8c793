import { useState } from 'react';
import { ToolCard } from '../../components/ToolCard';
import { toolIdFromLocation } from '../../components/page';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useToolExperience } from '../../hooks/useToolExperience';
import { t } from '../../i18n';
import { LiteracyStep } from '../../literacy/LiteracyStep';
import { BlockedSteps } from './BlockedSteps';
import { OpenNote } from './OpenNote';

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
        <OpenNote tool={tool} experience={experience} />
      ) : (
        <BlockedSteps
          tool={tool}
          alternative={alternative}
          experience={experience}
          sent={sent}
          onSent={() => setSent(true)}
        />
      )}
    </main>
  );
}
