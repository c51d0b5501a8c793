import { DATA_CLASSES, type DataClass, type PurposeCategory } from '@lantern/shared';
import { useState, type FormEvent } from 'react';
import type { MessageKey } from '../i18n';
import type { RegistrationValues } from './registration';

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

/** The registration's answers, the first one missing after a submit, and the submit itself. */
export function useRegistrationForm(
  requireAcceptance: boolean,
  onSubmit: (values: RegistrationValues) => void,
) {
  const [purpose, setPurpose] = useState<PurposeCategory | ''>('');
  const [text, setText] = useState('');
  const [classes, setClasses] = useState<DataClass[]>([]);
  const [affectsPeople, setAffectsPeople] = useState<boolean | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [tried, setTried] = useState(false);

  // Only shown after a submit, and gone as soon as the field it names is answered.
  const error = tried ? missing(purpose, affectsPeople, requireAcceptance && !accepted) : null;

  const toggle = (c: DataClass) =>
    setClasses((cur) => (cur.includes(c) ? cur.filter((x) => x !== c) : [...cur, c]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!purpose || affectsPeople === null || (requireAcceptance && !accepted)) return;
    onSubmit({
      purposeCategory: purpose,
      purposeText: text.trim(),
      // Keep the canonical order so the same choice always reads the same in the inventory.
      dataClasses: DATA_CLASSES.filter((c) => classes.includes(c)),
      affectsPeople,
    });
  };

  return {
    purpose,
    setPurpose,
    text,
    setText,
    classes,
    toggle,
    affectsPeople,
    setAffectsPeople,
    accepted,
    setAccepted,
    error,
    submit,
  };
}
