import type { AnnexIIIFlag } from '@lantern/shared';
import { t, type MessageKey } from '../i18n';

const annexAreaName = (area: number) => t(`annex.area.${area}` as MessageKey);

/**
 * Shown when a purpose falls in an EU AI Act Annex III area. It says IT will look at the use; it does
 * not tell the employee the use is high-risk or forbidden.
 */
export function AnnexIIINote({ flag }: { flag: AnnexIIIFlag }) {
  return (
    <div className="note" role="status">
      <strong>{t('annex.title')}</strong>{' '}
      {t('annex.body', { area: annexAreaName(flag.area), number: flag.area })}
    </div>
  );
}
