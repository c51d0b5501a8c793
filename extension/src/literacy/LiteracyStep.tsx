import { formatDate } from '../i18n';
import type { ExperienceData } from '../hooks/useExperienceData';
import { T } from './strings';
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
    <section className="card" aria-label={T.stepTitle} data-testid="literacy-step">
      <h2>{T.stepTitle}</h2>
      {list.map((l) => (
        <p key={l.moduleId}>
          {l.status === 'overdue'
            ? T.stepOverdue(l.module.title)
            : T.stepDue(l.module.title, day(l.dueAt ?? Date.now()))}
        </p>
      ))}
      {blocked && <p>{T.stepBlocked(toolName)}</p>}
      <a className="button primary" href={`/learn.html?tool=${encodeURIComponent(toolId)}`}>
        {T.open}
      </a>
    </section>
  );
}
