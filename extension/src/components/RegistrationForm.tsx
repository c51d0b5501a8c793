import {
  DATA_CLASSES,
  LIMITS,
  PURPOSE_CATEGORIES,
  annexIIIFlag,
  type DataClass,
  type PurposeCategory,
} from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { formatList, t, type MessageKey } from '../i18n';
import { AnnexIIINote } from './AnnexIIINote';
import type { RegistrationValues } from './registration';
import { dataClassHint, dataClassLabel, purposeLabel } from './status';

export interface RegistrationFormProps {
  toolName: string;
  /** Data classes the organisation allows for this tool; empty means no limit. */
  allowedDataClasses: readonly DataClass[];
  /** Ask for acceptance of the policy in the same step. */
  requireAcceptance: boolean;
  /** Registering a tool that is not reviewed yet also asks IT to review it. */
  asksForReview: boolean;
  busy?: boolean;
  onSubmit: (values: RegistrationValues) => void;
}

const classList = (classes: readonly DataClass[]) =>
  formatList(classes.map((c) => dataClassLabel(c).toLocaleLowerCase()));

/** The first thing still missing, or null; computed afresh, so a fixed field clears its error. */
function missing(
  purpose: string,
  affectsPeople: boolean | null,
  needsAcceptance: boolean,
): MessageKey | null {
  if (!purpose) return 'register.errorPurpose';
  if (affectsPeople === null) return 'register.errorPeople';
  if (needsAcceptance) return 'register.errorAccept';
  return null;
}

/** Purpose, data and "affects people" (ISO/IEC 42001 A.9.3, A.9.4, A.4.3), then accept. */
export function RegistrationForm(props: RegistrationFormProps) {
  const id = useId();
  const [purpose, setPurpose] = useState<PurposeCategory | ''>('');
  const [text, setText] = useState('');
  const [classes, setClasses] = useState<DataClass[]>([]);
  const [affectsPeople, setAffectsPeople] = useState<boolean | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [tried, setTried] = useState(false);

  const flag = purpose ? annexIIIFlag(purpose) : null;
  const allowed = props.allowedDataClasses;
  const beyond = allowed.length > 0 ? classes.filter((c) => !allowed.includes(c)) : [];
  // Only shown after a submit, and gone as soon as the field it names is answered.
  const error = tried ? missing(purpose, affectsPeople, props.requireAcceptance && !accepted) : null;

  const toggle = (c: DataClass) =>
    setClasses((cur) => (cur.includes(c) ? cur.filter((x) => x !== c) : [...cur, c]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!purpose || affectsPeople === null || (props.requireAcceptance && !accepted)) return;
    props.onSubmit({
      purposeCategory: purpose,
      purposeText: text.trim(),
      // Keep the canonical order so the same choice always reads the same in the inventory.
      dataClasses: DATA_CLASSES.filter((c) => classes.includes(c)),
      affectsPeople,
    });
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('register.title')}</h2>
      <label htmlFor={`${id}-purpose`}>{t('register.purpose')}</label>
      <select
        id={`${id}-purpose`}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value as PurposeCategory)}
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
        onChange={(e) => setText(e.target.value)}
      />

      <fieldset>
        <legend>{t('register.dataLegend')}</legend>
        <p className="allowed" id={`${id}-allowed`}>
          {allowed.length > 0
            ? t('register.allowed', { tool: props.toolName, classes: classList(allowed) })
            : t('register.allowedAny', { tool: props.toolName })}
        </p>
        {DATA_CLASSES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={classes.includes(c)} onChange={() => toggle(c)} />
            {dataClassLabel(c)} <span className="muted">— {dataClassHint(c)}</span>
          </label>
        ))}
      </fieldset>
      {beyond.length > 0 && (
        <p className="note warn" role="status">
          {t('register.beyond', { tool: props.toolName, classes: classList(beyond) })}
        </p>
      )}

      <fieldset>
        <legend>{t('register.peopleLegend')}</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-people`}
            checked={affectsPeople === true}
            onChange={() => setAffectsPeople(true)}
          />
          {t('register.yes')}
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-people`}
            checked={affectsPeople === false}
            onChange={() => setAffectsPeople(false)}
          />
          {t('register.no')}
        </label>
      </fieldset>

      {props.asksForReview && <p className="muted">{t('register.asksReview')}</p>}
      {props.requireAcceptance && (
        <label className="check accept">
          <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
          {t('register.accept')}
        </label>
      )}
      {error && (
        <p className="error" role="alert">
          {t(error)}
        </p>
      )}
      <button type="submit" className="primary" disabled={props.busy}>
        {props.requireAcceptance ? t('register.submitAccept') : t('register.submit')}
      </button>
    </form>
  );
}
