import { formatDate, t } from '../i18n';
import { Markdown } from '../components/Markdown';
import type { ToolLiteracy } from './due';
import { ModuleCheck } from './ModuleCheck';
import { useModuleCheck } from './useModuleCheck';

/** One module: its Markdown (the shared safe renderer), the course link, the check and its result. */
export function ModuleCard({ item, toolId }: { item: ToolLiteracy; toolId: string | null }) {
  const m = item.module;
  const check = useModuleCheck(m, toolId);
  const { result } = check;
  const done = item.status === 'done' || result?.passed === true;
  return (
    <article className="card" data-module={m.id}>
      <h2>{m.title}</h2>
      <Markdown source={m.body} />
      {m.courseUrl && (
        <p>
          <a href={m.courseUrl} target="_blank" rel="noreferrer noopener">
            {t('learn.course')}
          </a>
        </p>
      )}
      {done ? (
        <p role="status" className="ok">
          {result
            ? result.score === null
              ? t('learn.completed')
              : t('learn.passed', { score: result.score })
            : t('learn.completedOn', { date: formatDate(item.completion?.at ?? Date.now()) })}
        </p>
      ) : (
        <ModuleCheck module={m} check={check} />
      )}
    </article>
  );
}
