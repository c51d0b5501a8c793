import { useEffect } from 'react';
import { RecentAnswers } from '../../approval/ApprovalBadge';
import { SyncState } from '../../components/SyncState';
import { SignInPrompt } from '../../enrol/SignInPrompt';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useStatus } from '../../hooks/useStatus';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';
import { openPage } from './open-page';
import { MineSection, ThisSite, TodoSection } from './ToolSections';
import { UnknownToolSection } from './UnknownToolSection';
import { usePopupTools } from './usePopupTools';

export { owes } from './usePopupTools';

export function App() {
  const data = useExperienceData();
  const status = useStatus();
  const { current, pending, mine } = usePopupTools(data);
  // Opening the popup is reading the answers: the toolbar badge goes.
  useEffect(() => void sendMessage({ type: 'answersSeen' }).catch(() => undefined), []);

  return (
    <main className="popup">
      <h1>Lantern</h1>
      <SignInPrompt />
      {status && !status.enrolment && !status.managed && (
        <section className="card" aria-labelledby="connect">
          <p id="connect">{t('popup.notConnected')}</p>
          <button type="button" className="primary" onClick={() => openPage('/welcome.html')}>
            {t('popup.connect')}
          </button>
        </section>
      )}
      <ThisSite current={current} />
      <RecentAnswers data={data} />
      <TodoSection pending={pending} />
      <MineSection mine={mine} />
      <UnknownToolSection />
      <section aria-labelledby="sync">
        <h2 id="sync">{t('popup.sync')}</h2>
        <SyncState status={status} />
      </section>
      <button type="button" onClick={() => openPage('/my-ai-use.html')}>
        {t('popup.myUse')}
      </button>
    </main>
  );
}
