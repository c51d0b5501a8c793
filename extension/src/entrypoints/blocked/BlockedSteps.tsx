import type { Tool } from '@lantern/shared';
import { CheckAgain } from '../../approval/CheckAgain';
import type { ToolExperience } from '../../enforce/experience';
import { toolHome } from '../../enforce/tool-home';
import { t } from '../../i18n';
import { ReasonForm, RequestForm } from './ReasonForms';

interface Props {
  tool: Tool;
  alternative: Tool | null;
  experience: ToolExperience['experience'];
  /** A request was sent from this page (before the experience shows it as pending). */
  sent: boolean;
  onSent: () => void;
}

/** What the employee can do about a blocked tool: the alternative, a reason, or a request. */
export function BlockedSteps({ tool, alternative, experience, sent, onSent }: Props) {
  return (
    <>
      {alternative && (
        <section className="card">
          <p>
            {t('blocked.instead', { tool: alternative.name })}{' '}
            <a href={toolHome(alternative)}>{t('blocked.open', { tool: alternative.name })}</a>
          </p>
        </section>
      )}
      {experience.enforcement === 'justify' && <ReasonForm toolId={tool.id} />}
      {experience.pendingRequest || sent ? (
        <section className="card" role="status">
          <h2>{t('blocked.requested')}</h2>
          <p>{t('blocked.requestedBody', { tool: tool.name })}</p>
          <CheckAgain toolId={tool.id} />
        </section>
      ) : (
        <>
          <RequestForm toolId={tool.id} onSent={onSent} />
          <CheckAgain toolId={tool.id} />
        </>
      )}
    </>
  );
}
