import { t } from '../i18n';
import { humanError } from '../i18n/errors';

/** A problem in a sentence the employee can act on; the technical text for IT behind "Details". */
export function ErrorMessage({ error, role = 'alert' }: { error: string; role?: 'alert' | 'status' }) {
  const { key, detail } = humanError(error);
  return (
    <div className="error" role={role}>
      <p>{t(key)}</p>
      <details>
        <summary>{t('error.details')}</summary>
        <code>{detail}</code>
      </details>
    </div>
  );
}
