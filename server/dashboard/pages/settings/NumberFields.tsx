import { NumberField } from './NumberField';
import type { Settings } from './useSettingsForm';

interface Props {
  draft: Settings;
  setDraft: (s: Settings) => void;
  disabled: boolean;
}

/** The pull interval, the two retention periods and the coverage alert. */
export function NumberFields({ draft, setDraft, disabled }: Props) {
  const set = (patch: Partial<Settings>) => setDraft({ ...draft, ...patch });
  return (
    <>
      <NumberField
        label="Browsers check for changes every (seconds)"
        hint="A managed browser policy can set its own interval."
        min={30}
        max={86400}
        required
        disabled={disabled}
        value={draft.pullIntervalSeconds}
        onChange={(v) => set({ pullIntervalSeconds: v ?? 0 })}
      />
      <NumberField
        label="Delete usage older than (days)"
        hint="Acknowledgements are always kept as evidence. The EU AI Act asks deployers to keep logs at least six months."
        min={1}
        max={36500}
        placeholder="Keep forever"
        disabled={disabled}
        value={draft.retentionDays}
        onChange={(v) => set({ retentionDays: v })}
      />
      <NumberField
        label="Delete answered requests, justifications and old registrations after (days)"
        hint="The hash chains (acceptances, audit log) are always kept."
        min={1}
        max={36500}
        placeholder="Keep forever"
        disabled={disabled}
        value={draft.evidenceRetentionDays}
        onChange={(v) => set({ evidenceRetentionDays: v })}
      />
      <NumberField
        label="Alert when fewer have accepted the current policy than (%)"
        hint="Sends the coverage.below_threshold event (Integrations) once each time the share of active people on the current policy falls below it."
        min={1}
        max={100}
        placeholder="No alert"
        disabled={disabled}
        value={draft.coverageThresholdPercent}
        onChange={(v) => set({ coverageThresholdPercent: v })}
      />
    </>
  );
}
