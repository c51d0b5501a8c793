import type { DataClass } from '@lantern/shared';
import { useId } from 'react';
import { t } from '../i18n';
import { AffectsPeopleField } from './AffectsPeopleField';
import { DataClassFields } from './DataClassFields';
import { PurposeFields } from './PurposeFields';
import type { RegistrationValues } from './registration';
import { useRegistrationForm } from './useRegistrationForm';

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

/** Purpose, data and "affects people" (ISO/IEC 42001 A.9.3, A.9.4, A.4.3), then accept. */
export function RegistrationForm(props: RegistrationFormProps) {
  const id = useId();
  const form = useRegistrationForm(props.requireAcceptance, props.onSubmit);

  return (
    <form className="card form" onSubmit={form.submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('register.title')}</h2>
      <PurposeFields
        id={id}
        purpose={form.purpose}
        onPurpose={form.setPurpose}
        text={form.text}
        onText={form.setText}
      />
      <DataClassFields
        id={id}
        toolName={props.toolName}
        allowed={props.allowedDataClasses}
        classes={form.classes}
        toggle={form.toggle}
      />
      <AffectsPeopleField id={id} value={form.affectsPeople} onChange={form.setAffectsPeople} />
      {props.asksForReview && <p className="muted">{t('register.asksReview')}</p>}
      {props.requireAcceptance && (
        <label className="check accept">
          <input
            type="checkbox"
            checked={form.accepted}
            onChange={(e) => form.setAccepted(e.target.checked)}
          />
          {t('register.accept')}
        </label>
      )}
      {form.error && (
        <p className="error" role="alert">
          {t(form.error)}
        </p>
      )}
      <button type="submit" className="primary" disabled={props.busy}>
        {props.requireAcceptance ? t('register.submitAccept') : t('register.submit')}
      </button>
    </form>
  );
}
