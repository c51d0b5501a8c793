import type { SyncEvent } from '@lantern/shared';
import { formatDate, t } from '../../i18n';

export interface LogEntry {
  key: string;
  at: number;
  event: SyncEvent;
  note?: string;
}

/** Each event exactly as it travels, so the employee can check there is no page content in it. */
export function EventLog({ title, entries }: { title: string; entries: LogEntry[] }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('mine.nothing')}</p>
      ) : (
        <ul className="log">
          {entries.map((e) => (
            <li key={e.key}>
              <details>
                <summary>
                  {formatDate(e.at, true)} · {e.event.kind}
                  {'toolId' in e.event && e.event.toolId ? ` · ${e.event.toolId}` : ''}
                  {e.note ? ` · ${e.note}` : ''}
                </summary>
                <pre>{JSON.stringify(e.event, null, 2)}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
