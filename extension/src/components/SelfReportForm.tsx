import { LIMITS, normalizeHostname } from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n';

export interface SelfReport {
  name: string;
  hostname: string | null;
  purposeText: string;
}

/** "I use a tool Lantern does not know": it becomes a review request for IT. */
export function SelfReportForm({ onSubmit }: { onSubmit: (report: SelfReport) => Promise<void> }) {
  const id = useId();
  const [name, setName] = useState('');
  const [site, setSite] = useState('');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('selfReport.errorName'));
    // Only the hostname is kept, never a path or query someone might paste.
    const hostname = site.trim() ? normalizeHostname(site.trim()) : null;
    if (site.trim() && !hostname) return setError(t('selfReport.errorSite'));
    try {
      await onSubmit({ name: name.trim(), hostname, purposeText: purpose.trim() });
      setDone(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (done) return <p role="status">{t('selfReport.thanks')}</p>;
  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label={t('selfReport.label')}>
      <label htmlFor={`${id}-n`}>{t('selfReport.name')}</label>
      <input
        id={`${id}-n`}
        type="text"
        maxLength={LIMITS.shortText}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-s`}>{t('selfReport.site')}</label>
      <input
        id={`${id}-s`}
        type="text"
        placeholder="example.ai"
        value={site}
        onChange={(e) => setSite(e.target.value)}
      />
      <label htmlFor={`${id}-p`}>{t('selfReport.purpose')}</label>
      <textarea
        id={`${id}-p`}
        rows={2}
        maxLength={LIMITS.purposeText}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t('selfReport.send')}
      </button>
    </form>
  );
}
