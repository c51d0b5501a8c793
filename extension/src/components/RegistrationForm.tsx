import {
  DATA_CLASSES,
  LIMITS,
  PURPOSES,
  PURPOSE_CATEGORIES,
  annexIIIFlag,
  type DataClass,
  type PurposeCategory,
} from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { AnnexIIINote } from './AnnexIIINote';
import { DATA_CLASS_LABELS, type RegistrationValues } from './registration';

export interface RegistrationFormProps {
  /** Data classes the organisation allows for this tool; empty means no limit. */
  allowedDataClasses: readonly DataClass[];
  /** Ask for acceptance of the policy in the same step. */
  requireAcceptance: boolean;
  /** Registering a tool that is not reviewed yet also asks IT to review it. */
  asksForReview: boolean;
  busy?: boolean;
  onSubmit: (values: RegistrationValues) => void;
}

/** Purpose, data and "affects people" (ISO/IEC 42001 A.9.3, A.9.4, A.4.3), then accept. */
export function RegistrationForm(props: RegistrationFormProps) {
  const id = useId();
  const [purpose, setPurpose] = useState<PurposeCategory | ''>('');
  const [text, setText] = useState('');
  const [classes, setClasses] = useState<DataClass[]>([]);
  const [affectsPeople, setAffectsPeople] = useState<boolean | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const flag = purpose ? annexIIIFlag(purpose) : null;
  const allowed = props.allowedDataClasses;
  const beyond = allowed.length > 0 ? classes.filter((c) => !allowed.includes(c)) : [];

  const toggle = (c: DataClass) =>
    setClasses((cur) => (cur.includes(c) ? cur.filter((x) => x !== c) : [...cur, c]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!purpose) return setError('Choose what you use the tool for.');
    if (affectsPeople === null) return setError('Say whether the use affects decisions about people.');
    if (props.requireAcceptance && !accepted) return setError('Tick the box to accept the policy.');
    setError(null);
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
      <h2 id={`${id}-title`}>Register your use</h2>
      <label htmlFor={`${id}-purpose`}>What do you use it for?</label>
      <select
        id={`${id}-purpose`}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value as PurposeCategory)}
        required
      >
        <option value="">Choose a purpose</option>
        {PURPOSE_CATEGORIES.map((p) => (
          <option key={p} value={p}>
            {PURPOSES[p].label}
          </option>
        ))}
      </select>
      {flag && <AnnexIIINote flag={flag} />}

      <label htmlFor={`${id}-text`}>In a few words (optional)</label>
      <textarea
        id={`${id}-text`}
        value={text}
        maxLength={LIMITS.purposeText}
        rows={2}
        onChange={(e) => setText(e.target.value)}
      />

      <fieldset>
        <legend>Which data will you put in?</legend>
        {DATA_CLASSES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={classes.includes(c)} onChange={() => toggle(c)} />
            {DATA_CLASS_LABELS[c].label} <span className="muted">— {DATA_CLASS_LABELS[c].hint}</span>
          </label>
        ))}
      </fieldset>
      {beyond.length > 0 && (
        <p className="note" role="status">
          This tool is not approved for{' '}
          {beyond.map((c) => DATA_CLASS_LABELS[c].label.toLowerCase()).join(', ')}. Please keep that data out
          of it.
        </p>
      )}

      <fieldset>
        <legend>Does it affect decisions about people (hiring, pay, grades, credit ...)?</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-people`}
            checked={affectsPeople === true}
            onChange={() => setAffectsPeople(true)}
          />
          Yes
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-people`}
            checked={affectsPeople === false}
            onChange={() => setAffectsPeople(false)}
          />
          No
        </label>
      </fieldset>

      {props.asksForReview && <p className="muted">Registering also asks IT to review this tool.</p>}
      {props.requireAcceptance && (
        <label className="check accept">
          <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />I have
          read the AI use policy and the conditions above, and I accept them.
        </label>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={props.busy}>
        {props.requireAcceptance ? 'Register and accept' : 'Register'}
      </button>
    </form>
  );
}
