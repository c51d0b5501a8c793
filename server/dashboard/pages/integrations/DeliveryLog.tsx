import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { Badge } from '../../components/Badges';
import { ErrorNotice } from '../../components/Feedback';
import { fmtDateTime } from '../../format';

type Delivery = Awaited<ReturnType<typeof api.admin.webhooks.deliveries.query>>[number];

const tone = (s: Delivery['status']) => (s === 'failed' ? 'flag' : 'neutral');

/** One endpoint's recent deliveries, each with its tries; failed ones can be replayed (same id). */
export function DeliveryLog({ endpointId, canWrite }: { endpointId: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const replayMutation = useMutation(trpc.admin.webhooks.replay.mutationOptions());
  const log = useQuery(trpc.admin.webhooks.deliveries.queryOptions({ id: endpointId, limit: 50 }));
  const [error, setError] = useState<Error>();

  async function replay(d: Delivery) {
    setError(undefined);
    try {
      await replayMutation.mutateAsync({ id: d.id });
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  if (log.error) return <ErrorNotice error={log.error} title="Delivery log not loaded" />;
  const rows = log.data ?? [];
  return (
    <>
      {error && <ErrorNotice error={error} title="Not replayed" />}
      {rows.length === 0 ? (
        <p className="muted">No deliveries yet.</p>
      ) : (
        <table aria-label="Delivery log">
          <thead>
            <tr>
              <th>Event</th>
              <th>Id</th>
              <th>Status</th>
              <th>Tries</th>
              <th>Last error</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <DeliveryRow key={d.id} d={d} onReplay={canWrite ? () => void replay(d) : undefined} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** One delivery: its event, status (and next try), tries and last error. */
function DeliveryRow({ d, onReplay }: { d: Delivery; onReplay?: () => void }) {
  return (
    <tr>
      <td>{d.type}</td>
      <td>
        <code>{d.eventId}</code>
      </td>
      <td>
        <Badge tone={tone(d.status)}>{d.status}</Badge>
        {d.nextAttemptAt !== null && ` next try ${fmtDateTime(d.nextAttemptAt)}`}
      </td>
      <td title={d.tries.map((t) => `${fmtDateTime(t.at)}: ${t.statusCode ?? t.error}`).join('\n')}>
        {d.attempts}
      </td>
      <td>{d.lastError}</td>
      <td>
        {onReplay && (
          <button type="button" onClick={onReplay} aria-label={`Replay ${d.eventId}`}>
            Replay
          </button>
        )}
      </td>
    </tr>
  );
}
