import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { EMPLOYEE_LANGUAGES, type EmployeeLanguage } from '@lantern/shared';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/Feedback';
import { useCanWrite } from '../../session';

type Settings = Awaited<ReturnType<typeof api.admin.settings.get.query>>;

/** Each language the extension has a catalogue for, named in itself too for the admin's sake. */
const LANGUAGE_NAMES: Record<EmployeeLanguage, string> = { en: 'English', de: 'German (Deutsch)' };

const belowFloor = (s: Settings) =>
  [s.retentionDays, s.evidenceRetentionDays].some((d) => d !== null && d < 183);

/** Privacy mode, the pull interval browsers are told, and how long usage is kept. */
export function GeneralSettings() {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const updateMutation = useMutation(trpc.admin.settings.update.mutationOptions());
  const settings = useQuery(trpc.admin.settings.get.queryOptions());
  const [draft, setDraft] = useState<Settings>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<Error>();
  const [floorAck, setFloorAck] = useState(false);
  const ids = {
    privacy: useId(),
    pull: useId(),
    retention: useId(),
    evidence: useId(),
    coverage: useId(),
    locale: useId(),
  };

  useEffect(() => setDraft(settings.data), [settings.data]);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    setError(undefined);
    setSaved(false);
    try {
      const next = await updateMutation.mutateAsync(
        floorAck ? { ...draft, acknowledgeRetentionFloor: true } : draft,
      );
      setDraft(next);
      setSaved(true);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  if (settings.error) return <ErrorNotice error={settings.error} />;
  if (!draft) return <Loading />;
  return (
    <form className="card" onSubmit={save} aria-labelledby={`${ids.privacy}-h`}>
      <h2 id={`${ids.privacy}-h`}>Privacy and sync</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.privacy}>Privacy mode</label>
          <select
            id={ids.privacy}
            value={draft.privacyMode}
            disabled={!canWrite}
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
          <label htmlFor={ids.locale}>Language of employees' pages</label>
          <select
            id={ids.locale}
            value={draft.locale}
            disabled={!canWrite}
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
        <div className="field">
          <label htmlFor={ids.pull}>Browsers check for changes every (seconds)</label>
          <input
            id={ids.pull}
            type="number"
            min={30}
            max={86400}
            required
            disabled={!canWrite}
            value={draft.pullIntervalSeconds}
            onChange={(e) => setDraft({ ...draft, pullIntervalSeconds: Number(e.target.value) })}
          />
          <span className="field-hint">A managed browser policy can set its own interval.</span>
        </div>
        <div className="field">
          <label htmlFor={ids.retention}>Delete usage older than (days)</label>
          <input
            id={ids.retention}
            type="number"
            min={1}
            max={36500}
            placeholder="Keep forever"
            disabled={!canWrite}
            value={draft.retentionDays ?? ''}
            onChange={(e) =>
              setDraft({ ...draft, retentionDays: e.target.value === '' ? null : Number(e.target.value) })
            }
          />
          <span className="field-hint">
            Acknowledgements are always kept as evidence. The EU AI Act asks deployers to keep logs at least
            six months.
          </span>
        </div>
        <div className="field">
          <label htmlFor={ids.evidence}>
            Delete answered requests, justifications and old registrations after (days)
          </label>
          <input
            id={ids.evidence}
            type="number"
            min={1}
            max={36500}
            placeholder="Keep forever"
            disabled={!canWrite}
            value={draft.evidenceRetentionDays ?? ''}
            onChange={(e) =>
              setDraft({
                ...draft,
                evidenceRetentionDays: e.target.value === '' ? null : Number(e.target.value),
              })
            }
          />
          <span className="field-hint">The hash chains (acceptances, audit log) are always kept.</span>
        </div>
        <div className="field">
          <label htmlFor={ids.coverage}>Alert when fewer have accepted the current policy than (%)</label>
          <input
            id={ids.coverage}
            type="number"
            min={1}
            max={100}
            placeholder="No alert"
            disabled={!canWrite}
            value={draft.coverageThresholdPercent ?? ''}
            onChange={(e) =>
              setDraft({
                ...draft,
                coverageThresholdPercent: e.target.value === '' ? null : Number(e.target.value),
              })
            }
          />
          <span className="field-hint">
            Sends the coverage.below_threshold event (Integrations) once each time the share of active people
            on the current policy falls below it.
          </span>
        </div>
        {belowFloor(draft) && (
          <label className="field">
            <input
              type="checkbox"
              checked={floorAck}
              disabled={!canWrite}
              onChange={(e) => setFloorAck(e.target.checked)}
            />{' '}
            I know the EU AI Act Art. 26(6) asks deployers to keep logs at least six months (183 days), and we
            keep them elsewhere or are not a deployer of a high-risk system.
          </label>
        )}
      </div>
      {error && <ErrorNotice error={error} title="Not saved" />}
      {saved && <SuccessNotice>Settings saved. Browsers pick them up on their next check.</SuccessNotice>}
      {canWrite && (
        <div className="actions">
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      )}
    </form>
  );
}
