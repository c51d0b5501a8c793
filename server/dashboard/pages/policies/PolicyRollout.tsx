import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';
import { LineChart } from '../../components/LineChart';
import { StatCard } from '../../components/StatCard';
import { fmtDate, fmtNumber, fmtPercent } from '../../format';
import { shortDay } from '../tool/days';

const share = (n: number, of: number) => fmtPercent(of > 0 ? n / of : null);

/**
 * The rollout of the current version: accepted it / still on an earlier version (in grace or not) /
 * never accepted, per day, among the people seen using AI tools — the figure the overview shows.
 */
export function PolicyRollout({ canWrite }: { canWrite: boolean }) {
  const trpc = useTRPC();
  const rollout = useQuery(trpc.admin.policies.rollout.queryOptions({ days: 60 }));
  if (rollout.error) return <ErrorNotice error={rollout.error} />;
  const r = rollout.data;
  const last = r?.points.at(-1);
  if (!r || !last) return null;
  const previous = `still on an earlier version${r.graceDays ? ', past the grace period' : ''}`;
  return (
    <section aria-labelledby="rollout-h">
      <h2 id="rollout-h">Rollout of v{last.version}</h2>
      <div className="grid grid-stats">
        <StatCard
          label={`Accepted v${last.version}`}
          value={share(last.accepted, last.people)}
          hint={`${fmtNumber(last.accepted)} of ${fmtNumber(last.people)} AI users`}
        />
        <StatCard
          label="In grace"
          value={fmtNumber(last.inGrace)}
          hint={
            r.current?.graceUntil
              ? `on an earlier version until ${fmtDate(r.current.graceUntil)}`
              : 'no grace period set'
          }
        />
        <StatCard label="On an earlier version" value={fmtNumber(last.previous)} hint={previous} />
        <StatCard label="Never accepted" value={fmtNumber(last.never)} hint="any version" />
      </div>
      <div className="card" style={{ marginTop: '1rem' }}>
        <LineChart
          title="People using AI tools by where they stand on the policy current that day"
          labels={r.points.map((p) => shortDay(p.day))}
          series={[
            { name: 'Accepted the current version', values: r.points.map((p) => p.accepted) },
            { name: 'In grace (earlier version)', values: r.points.map((p) => p.inGrace) },
            { name: 'On an earlier version', values: r.points.map((p) => p.previous) },
            { name: 'Never accepted', values: r.points.map((p) => p.never) },
          ]}
        />
      </div>
      <GraceSetting days={r.graceDays} canWrite={canWrite} />
    </section>
  );
}

function GraceSetting({ days, canWrite }: { days: number | null; canWrite: boolean }) {
  const id = useId();
  const [draft, setDraft] = useState(days === null ? '' : String(days));
  const [error, setError] = useState<Error>();
  const [saved, setSaved] = useState(false);
  const trpc = useTRPC();
  const update = useMutation(trpc.admin.settings.update.mutationOptions());
  async function save(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      await update.mutateAsync({ policyGraceDays: draft.trim() === '' ? null : Number(draft) });
      setSaved(true);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }
  return (
    <form className="card grace-form" onSubmit={save} aria-label="Grace period">
      <div className="field">
        <label htmlFor={id}>Grace period after publishing (days)</label>
        <input
          id={id}
          type="number"
          min={1}
          max={365}
          inputMode="numeric"
          value={draft}
          disabled={!canWrite}
          onChange={(e) => setDraft(e.target.value)}
        />
        <span className="field-hint">
          People on the earlier version count as “in grace”, not as missing, for this many days after a new
          version is published. Empty: no grace period.
        </span>
      </div>
      {canWrite && (
        <button type="submit" className="primary">
          Save grace period
        </button>
      )}
      {saved && <SuccessNotice>Saved.</SuccessNotice>}
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
