import { NumberField } from './NumberField';
import type { Settings } from './useSettingsForm';

interface Props {
  draft: Settings;
  setDraft: (s: Settings) => void;
  disabled: boolean;
}

type NumberKey =
  'pullIntervalSeconds' | 'retentionDays' | 'evidenceRetentionDays' | 'coverageThresholdPercent';

interface Spec {
  key: NumberKey;
  label: string;
  hint: string;
  min: number;
  max: number;
  /** Shown when empty; a field without one is required. */
  placeholder?: string;
}

/** The pull interval, the two retention periods and the coverage alert, in the order shown. */
const FIELDS: readonly Spec[] = [
  {
    key: 'pullIntervalSeconds',
    label: 'Browsers check for changes every (seconds)',
    hint: 'A managed browser policy can set its own interval.',
    min: 30,
    max: 86400,
  },
  {
    key: 'retentionDays',
    label: 'Delete usage older than (days)',
    hint: 'Acknowledgements are always kept as evidence. The EU AI Act asks deployers to keep logs at least six months.',
    min: 1,
    max: 36500,
    placeholder: 'Keep forever',
  },
  {
    key: 'evidenceRetentionDays',
    label: 'Delete answered requests, justifications and old registrations after (days)',
    hint: 'The hash chains (acceptances, audit log) are always kept.',
    min: 1,
    max: 36500,
    placeholder: 'Keep forever',
  },
  {
    key: 'coverageThresholdPercent',
    label: 'Alert when fewer have accepted the current policy than (%)',
    hint: 'Sends the coverage.below_threshold event (Integrations) once each time the share of active people on the current policy falls below it.',
    min: 1,
    max: 100,
    placeholder: 'No alert',
  },
];

/** One number input per setting of FIELDS; a required one never reads as empty. */
export function NumberFields({ draft, setDraft, disabled }: Props) {
  return (
    <>
      {FIELDS.map(({ key, placeholder, ...field }) => (
        <NumberField
          key={key}
          {...field}
          placeholder={placeholder}
          required={placeholder === undefined}
          disabled={disabled}
          value={draft[key]}
          onChange={(v) => setDraft({ ...draft, [key]: placeholder === undefined ? (v ?? 0) : v })}
        />
      ))}
    </>
  );
}
