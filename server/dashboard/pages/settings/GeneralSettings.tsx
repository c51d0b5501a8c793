import { useId } from 'react';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/Feedback';
import { useCanWrite } from '../../session';
import { ChoiceFields } from './ChoiceFields';
import { NumberFields } from './NumberFields';
import { useSettingsForm, type Settings } from './useSettingsForm';

const belowFloor = (s: Settings) =>
  [s.retentionDays, s.evidenceRetentionDays].some((d) => d !== null && d < 183);

/** Privacy mode, the pull interval browsers are told, and how long usage is kept. */
export function GeneralSettings() {
  const canWrite = useCanWrite();
  const { loadError, draft, setDraft, saved, error, floorAck, setFloorAck, save } = useSettingsForm();
  const privacyId = useId();

  if (loadError) return <ErrorNotice error={loadError} />;
  if (!draft) return <Loading />;
  return (
    <form className="card" onSubmit={save} aria-labelledby={`${privacyId}-h`}>
      <h2 id={`${privacyId}-h`}>Privacy and sync</h2>
      <div className="form-grid">
        <ChoiceFields draft={draft} setDraft={setDraft} disabled={!canWrite} privacyId={privacyId} />
        <NumberFields draft={draft} setDraft={setDraft} disabled={!canWrite} />
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
