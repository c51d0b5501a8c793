import { useEffect, useState } from 'react';
import { ApprovalBadge, RecentAnswers } from '../../approval/ApprovalBadge';
import { SelfReportForm } from '../../components/SelfReportForm';
import { SyncState } from '../../components/SyncState';
import { getDb } from '../../db/app-db';
import type { ToolExperience } from '../../enforce/experience';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useLive } from '../../hooks/useLive';
import { useStatus } from '../../hooks/useStatus';
import { useToolExperiences } from '../../hooks/useToolExperiences';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';
import { SignInPrompt } from '../../enrol/SignInPrompt';

const openPage = (path: '/acknowledge.html' | '/my-ai-use.html' | '/welcome.html', toolId?: string) =>
  void browser.tabs.create({ url: `${browser.runtime.getURL(path)}${toolId ? `?tool=${toolId}` : ''}` });

/** The URL of the tab the popup was opened over; it stays in the popup. */
function useActiveTabUrl(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setUrl(tab?.url ?? null));
  }, []);
  return url;
}

/** Something to do for a tool; a prohibited tool is never a "Register X" to-do (issue 17 item 10). */
export const owes = (x: ToolExperience) =>
  x.experience.status !== 'prohibited' &&
  (x.experience.owes.register || x.experience.owes.acceptPolicy || x.experience.owes.acceptConditions);

export function App() {
  const data = useExperienceData();
  const status = useStatus();
  const tabUrl = useActiveTabUrl();
  const used = useLive(async () => {
    const ids = new Set<string>();
    await getDb().dayAggregates.each((a) => ids.add(a.toolId));
    return [...ids];
  }, []);
  const here = tabUrl && data ? (data.classifier.classifyUrl(tabUrl)?.toolId ?? null) : null;
  const registered =
    data?.state.registrations.filter((r) => r.withdrawnAt === null).map((r) => r.toolId) ?? [];
  const ids = [...new Set([...(here ? [here] : []), ...registered, ...(used ?? [])])].sort();
  const all = useToolExperiences(data, ids);
  const [reporting, setReporting] = useState(false);
  // Opening the popup is reading the answers: the toolbar badge goes.
  useEffect(() => void sendMessage({ type: 'answersSeen' }).catch(() => undefined), []);

  const current = all?.find((t) => t.tool.id === here);
  const pending = all?.filter(owes) ?? [];
  const mine = all?.filter((t) => registered.includes(t.tool.id)) ?? [];

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
      <RecentAnswers data={data} />
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
      <section aria-labelledby="unknown">
        <h2 id="unknown">{t('popup.unknownTitle')}</h2>
        {reporting ? (
          <SelfReportForm
            onSubmit={async (r) => void (await sendMessage({ type: 'selfReport', ...r, category: null }))}
          />
        ) : (
          <button type="button" onClick={() => setReporting(true)}>
            {t('popup.unknownButton')}
          </button>
        )}
      </section>
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
