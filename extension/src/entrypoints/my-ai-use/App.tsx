import { PURPOSES } from '@lantern/shared';
import { useState } from 'react';
import { SyncState } from '../../components/SyncState';
import { getDb } from '../../db/app-db';
import { recentSyncLog } from '../../db/sync-log';
import { useExperienceData } from '../../hooks/useExperienceData';
import { useLive } from '../../hooks/useLive';
import { useStatus } from '../../hooks/useStatus';
import { sendMessage } from '../../messaging/client';
import { readGuardCounts } from '../../guard/counts';
import { EventLog } from './EventLog';
import { GuardSection } from './GuardSection';

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (at: number) => date.format(new Date(at));

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
      <h1>My AI use</h1>
      <p className="muted">
        What Lantern keeps about you on this browser and what it has sent to your organisation.
      </p>
      <SyncState status={status} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      <section className="card" aria-labelledby="regs">
        <h2 id="regs">My registrations</h2>
        <table>
          <thead>
            <tr>
              <th>Tool</th>
              <th>Purpose</th>
              <th>Data</th>
              <th>Affects people</th>
              <th>Since</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data?.state.registrations.map((r) => (
              <tr key={r.toolId}>
                <td>{name(r.toolId)}</td>
                <td>
                  {PURPOSES[r.purposeCategory].label}
                  {r.purposeText && ` — ${r.purposeText}`}
                </td>
                <td>{r.dataClasses.join(', ') || '—'}</td>
                <td>{r.affectsPeople ? 'Yes' : 'No'}</td>
                <td>{when(r.at)}</td>
                <td>
                  {r.withdrawnAt === null ? (
                    <button
                      type="button"
                      onClick={() => void withdraw(r.toolId)}
                      aria-label={`Withdraw registration for ${name(r.toolId)}`}
                    >
                      Withdraw
                    </button>
                  ) : (
                    `Withdrawn ${when(r.withdrawnAt)}`
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="acks">
        <h2 id="acks">Policies I accepted</h2>
        <ul>
          {data?.state.acknowledgements.map((a) => (
            <li key={`${a.at}-${a.policySha256}`}>
              Version {a.policyVersion} (SHA-256 {a.policySha256.slice(0, 12)}…)
              {a.toolId ? ` at ${name(a.toolId)}` : ''} — {when(a.at)}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="reasons">
        <h2 id="reasons">Reasons and requests</h2>
        <ul>
          {data?.state.justifications.map((j) => (
            <li key={`j-${j.at}`}>
              {when(j.at)}: opened {name(j.toolId)} — “{j.reason}”
            </li>
          ))}
          {data?.state.requests.map((r) => (
            <li key={r.id}>
              Approval request for {name(r.toolId)}: {r.status}
              {r.note ? ` — ${r.note}` : ''}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="usage">
        <h2 id="usage">Usage (day totals, never single pages)</h2>
        <table>
          <thead>
            <tr>
              <th>Day</th>
              <th>Tool</th>
              <th>Signal</th>
              <th>Visits</th>
              <th>Active minutes</th>
            </tr>
          </thead>
          <tbody>
            {logs?.usage.map((u) => (
              <tr key={u.key}>
                <td>{u.day}</td>
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
        title="Waiting to be sent"
        entries={logs?.waiting.map((e) => ({ key: e.id, at: e.queuedAt, event: e.event })) ?? []}
      />
      <EventLog
        title="Sent to your organisation"
        entries={
          logs?.sent.map((e) => ({
            key: `${e.seq}`,
            at: e.at,
            event: e.event,
            note:
              e.outcome === 'dropped'
                ? 'not sent (dropped)'
                : e.outcome === 'refused'
                  ? `refused by the server: ${e.note ?? ''}`
                  : undefined,
          })) ?? []
        }
      />
    </main>
  );
}
