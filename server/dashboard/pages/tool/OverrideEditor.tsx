import type { ToolOverride } from '@lantern/shared';
import { useId } from 'react';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';
import { OverrideFields } from './OverrideFields';
import { useOverrideForm } from './useOverrideForm';

interface Props {
  toolId: string;
  current: ToolOverride | null;
}

/** Rename a catalog tool, change its hostnames, retire it or mark it "not AI for us" (audited). */
export function OverrideEditor({ toolId, current }: Props) {
  const h = useId();
  const { draft, set, error, done, save, remove } = useOverrideForm(toolId, current);

  return (
    <form className="card" onSubmit={save} aria-labelledby={h}>
      <h3 id={h}>Override for this organisation</h3>
      <OverrideFields draft={draft} set={set} />
      {error && <ErrorNotice error={error} />}
      {done && <SuccessNotice>{done}</SuccessNotice>}
      <div className="actions">
        <button type="submit" className="primary">
          Save override
        </button>
        {current && (
          <button type="button" onClick={remove}>
            Remove override
          </button>
        )}
      </div>
    </form>
  );
}
