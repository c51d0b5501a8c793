import { useState } from 'react';
import { SyncState } from '../../components/SyncState';
import { dataClassLabel, purposeLabel } from '../../components/status';
import { getDb } from '../../db/app-db';
import { recentSyncLog } from '../../db/sync-log';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useLive } from '../../hooks/useLive';
import { useStatus } from '../../hooks/useStatus';
import { formatDate, t } from '../../i18n';
import { sendMessage } from '../../messaging/client';
import { readGuardCounts } from '../../guard/counts';
import { EventLog } from './EventLog';
import { GuardSection } from './GuardSection';

const when = (at: number) => formatDate(at, true);

/** Everything Lantern recorded about me on this browser, and everything it sent (the transparency log). */
export function App() {
  const data = useExperienceData();
  const status = useStatus();
  const logs = useLive(async () => {
    const db = getDb();
    return {
      sent: await recentSyncLog(db, 200),
      waiting: await db.outbox.orderBy('id').reverse().limit(200).toArray(),
      usage: await db.dayAggregates.orderBy('day').reverse().limit(200).toArray(),
      guard: await readGuardCounts(db),
    };
  }, []);
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

      <section className="card" aria-labelledby="regs">
        <h2 id="regs">{t('mine.registrations')}</h2>
        <table>
          <thead>
            <tr>
              <th>{t('mine.tool')}</th>
              <th>{t('mine.purpose')}</th>
              <th>{t('mine.data')}</th>
              <th>{t('mine.affectsPeople')}</th>
              <th>{t('mine.since')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data?.state.registrations.map((r) => (
              <tr key={r.toolId}>
                <td>{name(r.toolId)}</td>
                <td>
                  {purposeLabel(r.purposeCategory)}
                  {r.purposeText && ` — ${r.purposeText}`}
                </td>
                <td>{r.dataClasses.map(dataClassLabel).join(', ') || '—'}</td>
                <td>{r.affectsPeople ? t('register.yes') : t('register.no')}</td>
                <td>{when(r.at)}</td>
                <td>
                  {r.withdrawnAt === null ? (
                    <button
                      type="button"
                      onClick={() => void withdraw(r.toolId)}
                      aria-label={t('mine.withdrawFor', { tool: name(r.toolId) })}
                    >
                      {t('mine.withdraw')}
                    </button>
                  ) : (
                    t('mine.withdrawn', { date: when(r.withdrawnAt) })
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="acks">
        <h2 id="acks">{t('mine.policies')}</h2>
        <ul>
          {data?.state.acknowledgements.map((a) => (
            <li key={`${a.at}-${a.policySha256}`}>
              {t('mine.policyAccepted', { version: a.policyVersion, hash: a.policySha256.slice(0, 12) })}
              {a.toolId ? ` ${t('mine.policyAtTool', { tool: name(a.toolId) })}` : ''} — {when(a.at)}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="reasons">
        <h2 id="reasons">{t('mine.reasons')}</h2>
        <ul>
          {data?.state.justifications.map((j) => (
            <li key={`j-${j.at}`}>
              {t('mine.opened', { date: when(j.at), tool: name(j.toolId), reason: j.reason })}
            </li>
          ))}
          {data?.state.requests.map((r) => (
            <li key={r.id}>
              {t('mine.request', { tool: name(r.toolId), status: t(`request.${r.status}`) })}
              {r.note ? ` — ${r.note}` : ''}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="usage">
        <h2 id="usage">{t('mine.usage')}</h2>
        <table>
          <thead>
            <tr>
              <th>{t('mine.day')}</th>
              <th>{t('mine.tool')}</th>
              <th>{t('mine.signal')}</th>
              <th>{t('mine.visits')}</th>
              <th>{t('mine.activeMinutes')}</th>
            </tr>
          </thead>
          <tbody>
            {logs?.usage.map((u) => (
              <tr key={u.key}>
                <td>{formatDate(Date.parse(`${u.day}T12:00:00`))}</td>
                <td>
                  {name(u.toolId)}
                  {u.initiatorHost ? ` (in ${u.initiatorHost})` : ''}
                </td>
                <td>{u.signal}</td>
                <td>{u.visits}</td>
                <td>{Math.round(u.activeSeconds / 60)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <GuardSection decisions={data?.config?.decisions ?? []} counts={logs?.guard ?? []} name={name} />

      <EventLog
        title={t('mine.waiting')}
        entries={logs?.waiting.map((e) => ({ key: e.id, at: e.queuedAt, event: e.event })) ?? []}
      />
      <EventLog
        title={t('mine.sent')}
        entries={
          logs?.sent.map((e) => ({
            key: `${e.seq}`,
            at: e.at,
            event: e.event,
            note:
              e.outcome === 'dropped'
                ? t('mine.dropped')
                : e.outcome === 'refused'
                  ? t('mine.refused', { note: e.note ?? '' })
                  : undefined,
          })) ?? []
        }
      />
    </main>
  );
}
