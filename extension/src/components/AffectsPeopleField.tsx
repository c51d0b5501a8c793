import { t } from '../i18n';

interface Props {
  /** The form's id prefix; names the radio group. */
  id: string;
  value: boolean | null;
  onChange: (affectsPeople: boolean) => void;
}

/** Whether the use affects people (ISO/IEC 42001 A.4.3): yes or no, no default. */
export function AffectsPeopleField({ id, value, onChange }: Props) {
  return (
    <fieldset>
      <legend>{t('register.peopleLegend')}</legend>
      <label className="check">
        <input type="radio" name={`${id}-people`} checked={value === true} onChange={() => onChange(true)} />
        {t('register.yes')}
      </label>
      <label className="check">
        <input
          type="radio"
          name={`${id}-people`}
          checked={value === false}
          onChange={() => onChange(false)}
        />
        {t('register.no')}
      </label>
    </fieldset>
  );
}
