import type { LocalState } from '@lantern/shared';
import { formatDate, t } from '../../i18n';

const when = (at: number) => formatDate(at, true);

interface Props {
  state: LocalState | undefined;
  name: (toolId: string) => string;
}

/** The policy versions I accepted. */
export function PoliciesSection({ state, name }: Props) {
  return (
    <section className="card" aria-labelledby="acks">
      <h2 id="acks">{t('mine.policies')}</h2>
      <ul>
        {state?.acknowledgements.map((a) => (
          <li key={`${a.at}-${a.policySha256}`}>
            {t('mine.policyAccepted', { version: a.policyVersion, hash: a.policySha256.slice(0, 12) })}
            {a.toolId ? ` ${t('mine.policyAtTool', { tool: name(a.toolId) })}` : ''} — {when(a.at)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The reasons I gave when opening a tool, and my approval requests with their answers. */
export function ReasonsSection({ state, name }: Props) {
  return (
    <section className="card" aria-labelledby="reasons">
      <h2 id="reasons">{t('mine.reasons')}</h2>
      <ul>
        {state?.justifications.map((j) => (
          <li key={`j-${j.at}`}>
            {t('mine.opened', { date: when(j.at), tool: name(j.toolId), reason: j.reason })}
          </li>
        ))}
        {state?.requests.map((r) => (
          <li key={r.id}>
            {t('mine.request', { tool: name(r.toolId), status: t(`request.${r.status}`) })}
            {r.note ? ` — ${r.note}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
