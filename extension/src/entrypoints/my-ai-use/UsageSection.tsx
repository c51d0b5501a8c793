import { formatDate, t } from '../../i18n';
import type { MyLogs } from './useMyLogs';

interface Props {
  usage: MyLogs['usage'] | undefined;
  name: (toolId: string) => string;
}

/** Daily usage per tool, as counted on this browser. */
export function UsageSection({ usage, name }: Props) {
  return (
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
          {usage?.map((u) => (
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
  );
}
