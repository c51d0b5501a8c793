import type { PolicyVersion } from '@lantern/shared';
import { Markdown } from './Markdown';
import { formatDate, t } from '../i18n';

export interface PolicyViewProps {
  policy: PolicyVersion;
  /** Show the "what changed" summary: the employee accepted an earlier version. */
  showChanges: boolean;
}

/** The organisation's AI use policy (ISO/IEC 42001 A.2.2), rendered safely, with its version and date. */
export function PolicyView({ policy, showChanges }: PolicyViewProps) {
  return (
    <section className="card policy" aria-labelledby="policy-title">
      <h2 id="policy-title">{policy.title}</h2>
      <p className="muted">
        {t('policy.meta', { version: policy.version, date: formatDate(policy.publishedAt) })}
      </p>
      {showChanges && (
        <div className="changes" role="note" aria-label={t('policy.changes')}>
          <h3>{t('policy.changes')}</h3>
          {policy.changeSummary ? (
            <Markdown source={policy.changeSummary} />
          ) : (
            <p>{t('policy.changedNoSummary')}</p>
          )}
        </div>
      )}
      <div className="policy-body" tabIndex={0} aria-label={t('policy.text')}>
        <Markdown source={policy.body} />
      </div>
    </section>
  );
}
