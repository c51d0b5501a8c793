import { workspaceVendor, type CompanyWorkspace } from '@lantern/shared';
import { useId } from 'react';
import { fmtDateTime } from '../../format';

/** The editor's draft of "company workspace only": identifiers as typed, and the link. */
export interface WorkspaceDraft {
  on: boolean;
  ids: string;
  link: string;
}

export const workspaceDraftOf = (current: CompanyWorkspace | undefined): WorkspaceDraft => ({
  on: current !== undefined,
  ids: current?.ids.join(', ') ?? '',
  link: current?.link ?? '',
});

/** What the draft sends: null removes the restriction; the server checks the vendor's format. */
export function workspaceInput(draft: WorkspaceDraft) {
  if (!draft.on) return null;
  const ids = draft.ids.split(/[\s,]+/).filter((id) => id !== '');
  return { ids, link: draft.link.trim() === '' ? null : draft.link.trim() };
}

/**
 * "Company workspace only" for the tools whose vendor supports it (issue 22): browsers add the
 * vendor's header so personal accounts are refused there. Nothing shows for other tools.
 */
export function WorkspaceFields(props: {
  toolId: string;
  toolName: string;
  current: CompanyWorkspace | undefined;
  draft: WorkspaceDraft;
  onChange: (draft: WorkspaceDraft) => void;
}) {
  const ids = { on: useId(), ids: useId(), link: useId(), hint: useId() };
  const vendor = workspaceVendor(props.toolId);
  if (!vendor) return null;
  const { draft, onChange } = props;
  return (
    <fieldset style={{ marginTop: '0.75rem' }}>
      <legend>Company workspace only</legend>
      <label htmlFor={ids.on}>
        <input
          id={ids.on}
          type="checkbox"
          checked={draft.on}
          onChange={(e) => onChange({ ...draft, on: e.target.checked })}
        />
        Allow {props.toolName} only in our company workspace (browsers send {vendor.vendor}&apos;s header to{' '}
        {vendor.hosts.join(', ')})
      </label>
      {props.current && <p className="muted">Restricted since {fmtDateTime(props.current.since)}.</p>}
      {draft.on && (
        <div className="form-grid">
          <div className="field">
            <label htmlFor={ids.ids}>{vendor.idLabel}</label>
            <input
              id={ids.ids}
              value={draft.ids}
              aria-describedby={ids.hint}
              onChange={(e) => onChange({ ...draft, ids: e.target.value })}
            />
            <p id={ids.hint} className="muted">
              Where to find it: {vendor.whereToFind} Separate several with commas.
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.link}>Link to the company workspace (shown to employees, https)</label>
            <input
              id={ids.link}
              type="url"
              value={draft.link}
              onChange={(e) => onChange({ ...draft, link: e.target.value })}
            />
          </div>
        </div>
      )}
    </fieldset>
  );
}
