import { useId, useState } from 'react';
import { t } from '../i18n';

/** Accepting a new policy version (or changed conditions) when the use is already registered. */
export function AcceptPanel({ busy, onAccept }: { busy?: boolean; onAccept: () => void }) {
  const id = useId();
  const [accepted, setAccepted] = useState(false);
  return (
    <section className="card form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accept.title')}</h2>
      <label className="check accept">
        <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
        {t('register.accept')}
      </label>
      <button type="button" className="primary" disabled={!accepted || busy} onClick={onAccept}>
        {t('accept.button')}
      </button>
    </section>
  );
}
