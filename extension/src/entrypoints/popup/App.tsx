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
import { sendMessage } from '../../messaging/client';
import { SignInPrompt } from '../../enroll/SignInPrompt';

const openPage = (path: '/acknowledge.html' | '/my-ai-use.html', toolId?: string) =>
  void browser.tabs.create({ url: `${browser.runtime.getURL(path)}${toolId ? `?tool=${toolId}` : ''}` });

/** The URL of the tab the popup was opened over; it stays in the popup. */
function useActiveTabUrl(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setUrl(tab?.url ?? null));
  }, []);
  return url;
}

const owes = (t: ToolExperience) =>
  t.experience.owes.register || t.experience.owes.acceptPolicy || t.experience.owes.acceptConditions;

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
      <section aria-labelledby="here">
        <h2 id="here">This site</h2>
        {current ? (
          <p>
            {current.tool.name} <ApprovalBadge experience={current.experience} />
          </p>
        ) : (
          <p className="muted">Not an AI tool Lantern knows.</p>
        )}
      </section>
      <RecentAnswers data={data} />
      <section aria-labelledby="pending">
        <h2 id="pending">To do</h2>
        {pending.length === 0 ? (
          <p className="muted">Nothing to do.</p>
        ) : (
          <ul>
            {pending.map((t) => (
              <li key={t.tool.id}>
                <button type="button" onClick={() => openPage('/acknowledge.html', t.tool.id)}>
                  {t.experience.owes.register ? 'Register' : 'Accept the policy for'} {t.tool.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine">
        <h2 id="mine">My tools</h2>
        {mine.length === 0 ? (
          <p className="muted">No registered tools yet.</p>
        ) : (
          <ul>
            {mine.map((t) => (
              <li key={t.tool.id}>
                {t.tool.name} <ApprovalBadge experience={t.experience} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="unknown">
        <h2 id="unknown">A tool Lantern does not know?</h2>
        {reporting ? (
          <SelfReportForm
            onSubmit={async (r) => void (await sendMessage({ type: 'selfReport', ...r, category: null }))}
          />
        ) : (
          <button type="button" onClick={() => setReporting(true)}>
            I use a tool Lantern does not know
          </button>
        )}
      </section>
      <section aria-labelledby="sync">
        <h2 id="sync">Sync</h2>
        <SyncState status={status} />
      </section>
      <button type="button" onClick={() => openPage('/my-ai-use.html')}>
        My AI use
      </button>
    </main>
  );
}
