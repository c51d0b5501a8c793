import { EMPLOYEE_LANGUAGES, type EmployeeLanguage } from '@lantern/shared';
import { useId } from 'react';
import type { Settings } from './useSettingsForm';

/** Each language the extension has a catalogue for, named in itself too for the admin's sake. */
const LANGUAGE_NAMES: Record<EmployeeLanguage, string> = { en: 'English', de: 'German (Deutsch)' };

interface Props {
  draft: Settings;
  setDraft: (s: Settings) => void;
  disabled: boolean;
  /** The privacy select's id; the form's heading id derives from it. */
  privacyId: string;
}

/** Privacy mode and the language of employees' pages. */
export function ChoiceFields({ draft, setDraft, disabled, privacyId }: Props) {
  const localeId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={privacyId}>Privacy mode</label>
        <select
          id={privacyId}
          value={draft.privacyMode}
          disabled={disabled}
          onChange={(e) => setDraft({ ...draft, privacyMode: e.target.value as Settings['privacyMode'] })}
        >
          <option value="named">Named — people appear by email</option>
          <option value="pseudonymous">Pseudonymous — people appear as a keyed code</option>
        </select>
        <span className="field-hint">
          Pseudonymous mode applies to every view and export, for works agreements that ask for it.
        </span>
      </div>
      <div className="field">
        <label htmlFor={localeId}>Language of employees' pages</label>
        <select
          id={localeId}
          value={draft.locale}
          disabled={disabled}
          onChange={(e) => setDraft({ ...draft, locale: e.target.value as Settings['locale'] })}
        >
          <option value="browser">Each browser's language (English where we have none)</option>
          {EMPLOYEE_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <span className="field-hint">
          The extension's pages, notices and dates, in every browser after its next check.
        </span>
      </div>
    </>
  );
}
