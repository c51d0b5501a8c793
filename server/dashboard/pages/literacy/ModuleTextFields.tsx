import { useId } from 'react';
import { Markdown } from '../../components/Markdown';
import type { ModuleDraft, SetModule } from './useModuleForm';

interface Props {
  draft: ModuleDraft;
  set: SetModule;
  /** A new version keeps the module's id. */
  idFixed: boolean;
}

/** Id, title and the Markdown text with its preview. */
export function ModuleTextFields({ draft, set, idFixed }: Props) {
  const ids = { id: useId(), title: useId(), body: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.id}>Module id (kebab-case, never changes)</label>
        <input
          id={ids.id}
          value={draft.id}
          onChange={(e) => set({ id: e.target.value })}
          required
          readOnly={idFixed}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          maxLength={64}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input
          id={ids.title}
          value={draft.title}
          onChange={(e) => set({ title: e.target.value })}
          required
          maxLength={200}
        />
      </div>
      <div className="editor">
        <div className="field">
          <label htmlFor={ids.body}>Text (Markdown)</label>
          <textarea
            id={ids.body}
            value={draft.body}
            onChange={(e) => set({ body: e.target.value })}
            rows={12}
            required
          />
        </div>
        <div className="field" aria-label="Preview">
          <Markdown source={draft.body} />
        </div>
      </div>
    </>
  );
}
