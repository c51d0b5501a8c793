import { t } from '../i18n';
import type { Experience } from '@lantern/shared';
import { StatusBadge } from '../components/StatusBadge';
import type { ExperienceData } from '../hooks/useExperienceData';

/** The tool's status badge, or "Approved for you" where an exception holds for this person. */
export function ApprovalBadge({ experience }: { experience: Experience }) {
  if (!experience.approvedForYou) return <StatusBadge status={experience.status} />;
  return <span className="badge badge-approved">{t('status.approvedForYou')}</span>;
}

const RECENT_MS = 14 * 86_400_000;

/** The answers to the employee's requests from the last two weeks, newest first. */
export function RecentAnswers({
  data,
  now = Date.now(),
}: {
  data: ExperienceData | undefined;
  now?: number;
}) {
  const answers = (data?.config?.requests ?? [])
    .filter((r) => r.status !== 'pending' && r.decidedAt !== null && now - r.decidedAt < RECENT_MS)
    .sort((a, b) => (b.decidedAt ?? 0) - (a.decidedAt ?? 0))
    .slice(0, 5);
  if (answers.length === 0) return null;
  return (
    <section aria-labelledby="answers">
      <h2 id="answers">{t('approval.answers')}</h2>
      <ul>
        {answers.map((r) => (
          <li key={r.id}>
            {data?.lookup(r.toolId)?.name ?? r.toolId}:{' '}
            <strong>{r.status === 'approved' ? t('approval.approved') : t('approval.declined')}</strong>
            {r.note && <span className="muted"> — {r.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
