import { ApprovalBadge } from '../../approval/ApprovalBadge';
import type { ToolExperience } from '../../enforce/experience';
import { t } from '../../i18n';
import { openPage } from './open-page';

/** The tool on this tab, if it is one, with its approval. */
export function ThisSite({ current }: { current: ToolExperience | undefined }) {
  return (
    <section aria-labelledby="here">
      <h2 id="here">{t('popup.thisSite')}</h2>
      {current ? (
        <p>
          {current.tool.name} <ApprovalBadge experience={current.experience} />
        </p>
      ) : (
        <p className="muted">{t('popup.notATool')}</p>
      )}
    </section>
  );
}

/** Tools still to register or accept, each opening the page that does it. */
export function TodoSection({ pending }: { pending: readonly ToolExperience[] }) {
  return (
    <section aria-labelledby="pending">
      <h2 id="pending">{t('popup.todo')}</h2>
      {pending.length === 0 ? (
        <p className="muted">{t('popup.nothingToDo')}</p>
      ) : (
        <ul>
          {pending.map((x) => (
            <li key={x.tool.id}>
              <button type="button" onClick={() => openPage('/acknowledge.html', x.tool.id)}>
                {x.experience.owes.register
                  ? t('popup.register', { tool: x.tool.name })
                  : t('popup.acceptFor', { tool: x.tool.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The tools I registered, with their approval. */
export function MineSection({ mine }: { mine: readonly ToolExperience[] }) {
  return (
    <section aria-labelledby="mine">
      <h2 id="mine">{t('popup.mine')}</h2>
      {mine.length === 0 ? (
        <p className="muted">{t('popup.noneRegistered')}</p>
      ) : (
        <ul>
          {mine.map((x) => (
            <li key={x.tool.id}>
              {x.tool.name} <ApprovalBadge experience={x.experience} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
