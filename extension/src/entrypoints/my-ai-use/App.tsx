import { useState } from 'react';
import { SyncState } from '../../components/SyncState';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useStatus } from '../../hooks/useStatus';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';
import { GuardSection } from './GuardSection';
import { RegistrationsSection } from './RegistrationsSection';
import { PoliciesSection, ReasonsSection } from './StatementsSection';
import { SyncLogs } from './SyncLogs';
import { UsageSection } from './UsageSection';
import { useMyLogs } from './useMyLogs';

/** Everything Lantern recorded about me on this browser, and everything it sent (the transparency log). */
export function App() {
  const data = useExperienceData();
  const status = useStatus();
  const logs = useMyLogs();
  const [error, setError] = useState<string | null>(null);
  const name = (id: string) => data?.lookup(id)?.name ?? id;

  const withdraw = async (toolId: string) => {
    try {
      await sendMessage({ type: 'withdrawRegistration', toolId });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main>
      <h1>{t('mine.title')}</h1>
      <p className="muted">{t('mine.intro')}</p>
      <SyncState status={status} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <RegistrationsSection
        registrations={data?.state.registrations}
        name={name}
        onWithdraw={(toolId) => void withdraw(toolId)}
      />
      <PoliciesSection state={data?.state} name={name} />
      <ReasonsSection state={data?.state} name={name} />
      <UsageSection usage={logs?.usage} name={name} />
      <GuardSection decisions={data?.config?.decisions ?? []} counts={logs?.guard ?? []} name={name} />
      <SyncLogs logs={logs} />
    </main>
  );
}
