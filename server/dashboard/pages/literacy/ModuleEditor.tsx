import { useId } from 'react';
import { ErrorNotice } from '../../components/Feedback';
import type { Module } from './columns';
import { ModuleCheckFields } from './ModuleCheckFields';
import { ModuleTextFields } from './ModuleTextFields';
import { useModuleForm } from './useModuleForm';

/** Creates a module or publishes its next version (a new SHA-256; completions bind to the one shown). */
export function ModuleEditor({
  initial,
  onPublished,
}: {
  initial: Module | null;
  onPublished: (v: { id: string; version: number }) => void;
}) {
  const h = useId();
  const { draft, set, publish, busy, error } = useModuleForm(initial, onPublished);

  return (
    <form className="card" onSubmit={publish} aria-labelledby={h}>
      <h2 id={h}>{initial ? `New version of ${initial.id}` : 'New module'}</h2>
      <ModuleTextFields draft={draft} set={set} idFixed={initial !== null} />
      <ModuleCheckFields draft={draft} set={set} />
      {error && <ErrorNotice error={error} title="Not published" />}
      <button type="submit" className="primary" disabled={busy}>
        Publish
      </button>
    </form>
  );
}
