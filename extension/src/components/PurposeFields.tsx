import { LIMITS, PURPOSE_CATEGORIES, annexIIIFlag, type PurposeCategory } from '@lantern/shared';
import { t } from '../i18n';
import { AnnexIIINote } from './AnnexIIINote';
import { purposeLabel } from './status';

interface Props {
  /** The form's id prefix. */
  id: string;
  purpose: PurposeCategory | '';
  onPurpose: (p: PurposeCategory) => void;
  text: string;
  onText: (text: string) => void;
}

/** The purpose category (with its Annex III note) and the purpose in the person's own words. */
export function PurposeFields({ id, purpose, onPurpose, text, onText }: Props) {
  const flag = purpose ? annexIIIFlag(purpose) : null;
  return (
    <>
      <label htmlFor={`${id}-purpose`}>{t('register.purpose')}</label>
      <select
        id={`${id}-purpose`}
        value={purpose}
        onChange={(e) => onPurpose(e.target.value as PurposeCategory)}
        required
      >
        <option value="">{t('register.choosePurpose')}</option>
        {PURPOSE_CATEGORIES.map((p) => (
          <option key={p} value={p}>
            {purposeLabel(p)}
          </option>
        ))}
      </select>
      {flag && <AnnexIIINote flag={flag} />}

      <label htmlFor={`${id}-text`}>{t('register.text')}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        maxLength={LIMITS.purposeText}
        rows={2}
        onChange={(e) => onText(e.target.value)}
      />
    </>
  );
}
