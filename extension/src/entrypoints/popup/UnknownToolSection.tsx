import { useState } from 'react';
import { SelfReportForm } from '../../components/SelfReportForm';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';

/** Reporting an AI tool Lantern does not know, behind a button. */
export function UnknownToolSection() {
  const [reporting, setReporting] = useState(false);
  return (
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
  );
}
