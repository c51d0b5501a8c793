import { t } from '../../i18n';
import { EventLog } from './EventLog';
import type { MyLogs } from './useMyLogs';

/** The transparency log: events waiting to be sent, then those sent (or dropped, or refused). */
export function SyncLogs({ logs }: { logs: MyLogs | undefined }) {
  return (
    <>
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
    </>
  );
}
