import type { PolicyVersion } from '@lantern/shared';
import { Markdown } from './Markdown';

export interface PolicyViewProps {
  policy: PolicyVersion;
  /** Show the "what changed" summary: the employee accepted an earlier version. */
  showChanges: boolean;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** The organisation's AI use policy (ISO/IEC 42001 A.2.2), rendered safely, with its version and date. */
export function PolicyView({ policy, showChanges }: PolicyViewProps) {
  return (
    <section className="card policy" aria-labelledby="policy-title">
      <h2 id="policy-title">{policy.title}</h2>
      <p className="muted">
        Version {policy.version} · published {dateFormat.format(new Date(policy.publishedAt))}
      </p>
      {showChanges && (
        <div className="changes" role="note" aria-label="What changed">
          <h3>What changed</h3>
          {policy.changeSummary ? (
            <Markdown source={policy.changeSummary} />
          ) : (
            <p>A new version was published. Please read it again.</p>
          )}
        </div>
      )}
      <div className="policy-body" tabIndex={0} aria-label="Policy text">
        <Markdown source={policy.body} />
      </div>
    </section>
  );
}
