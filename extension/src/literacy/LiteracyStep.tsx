import { formatDate, t } from '../i18n';
import type { ExperienceData } from '../hooks/useExperienceData';
import { useToolLiteracy } from './useToolLiteracy';

const day = (ms: number) => formatDate(ms);

/**
 * The step the acknowledgement and blocked pages show when a literacy module is due for the tool:
 * a link to the module on the extension's own page. Nothing when none is due.
 */
export function LiteracyStep({
  data,
  toolId,
  toolName,
}: {
  data: ExperienceData | undefined;
  toolId: string;
  toolName: string;
}) {
  const list = useToolLiteracy(data, toolId)?.filter((l) => l.status !== 'done') ?? [];
  if (list.length === 0) return null;
  const blocked = list.some((l) => l.status === 'overdue' && l.mode === 'block');
  return (
    <section className="card" aria-label={t('learn.stepTitle')} data-testid="literacy-step">
      <h2>{t('learn.stepTitle')}</h2>
      {list.map((l) => (
        <p key={l.moduleId}>
          {l.status === 'overdue'
            ? t('learn.stepOverdue', { title: l.module.title })
            : t('learn.stepDue', { title: l.module.title, date: day(l.dueAt ?? Date.now()) })}
        </p>
      ))}
      {blocked && <p>{t('learn.stepBlocked', { tool: toolName })}</p>}
      <a className="button primary" href={`/learn.html?tool=${encodeURIComponent(toolId)}`}>
        {t('learn.open')}
      </a>
    </section>
  );
}
