import type { LocalState } from '@lantern/shared';
import { dataClassLabel, purposeLabel } from '../../components/status';
import { formatDate, t } from '../../i18n';

const when = (at: number) => formatDate(at, true);

interface Props {
  registrations: LocalState['registrations'] | undefined;
  name: (toolId: string) => string;
  onWithdraw: (toolId: string) => void;
}

/** The tools I registered, what for, and a way to withdraw each registration. */
export function RegistrationsSection({ registrations, name, onWithdraw }: Props) {
  return (
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
          {registrations?.map((r) => (
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
                    onClick={() => onWithdraw(r.toolId)}
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
  );
}
