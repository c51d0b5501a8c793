import { t } from '../../i18n';
import { toolIdFromLocation } from '../../components/page';
import { useExperienceData } from '../../hooks/useExperienceData';
import { ModuleCard } from '../../literacy/ModuleCard';
import { useToolLiteracy } from '../../literacy/useToolLiteracy';

/**
 * The literacy page: the modules required for the tool in `?tool=`, on the extension's own origin
 * (the visited site can neither see nor script it). Reached from the acknowledgement and blocked
 * pages' literacy step.
 */
export function App({ toolId = toolIdFromLocation() }: { toolId?: string | null }) {
  const data = useExperienceData();
  const list = useToolLiteracy(data, toolId);
  if (list === undefined) return <main aria-busy="true" />;
  const tool = toolId ? data?.lookup(toolId) : undefined;
  return (
    <main>
      <h1>{tool ? t('learn.forTool', { tool: tool.name }) : t('learn.pageTitle')}</h1>
      {list.length === 0 ? (
        <p role="status">{t('learn.noneDue')}</p>
      ) : (
        list.map((item) => <ModuleCard key={item.moduleId} item={item} toolId={tool?.id ?? null} />)
      )}
    </main>
  );
}
