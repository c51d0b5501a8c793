import type { Tool } from '@lantern/shared';
import { approvedForYouText } from '../../approval/CheckAgain';
import type { ToolExperience } from '../../enforce/experience';
import { toolHome } from '../../enforce/tool-home';
import { t } from '../../i18n';

/** Nothing stops the tool (any more): say why, and link to it. */
export function OpenNote({ tool, experience }: { tool: Tool; experience: ToolExperience['experience'] }) {
  return (
    <section className="card" role="status">
      <p>
        {experience.approvedForYou ? approvedForYouText(experience.approvedUntil) : t('blocked.nothingStops')}
      </p>
      <a className="button primary" href={toolHome(tool)}>
        {t('blocked.open', { tool: tool.name })}
      </a>
    </section>
  );
}
