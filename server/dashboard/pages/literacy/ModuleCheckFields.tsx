import { useId } from 'react';
import type { ModuleDraft, SetModule } from './useModuleForm';

/** The external course, the check's questions and its pass mark. */
export function ModuleCheckFields({ draft, set }: { draft: ModuleDraft; set: SetModule }) {
  const ids = { url: useId(), q: useId(), mark: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.url}>External course (https, optional)</label>
        <input
          id={ids.url}
          type="url"
          value={draft.courseUrl}
          onChange={(e) => set({ courseUrl: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.q}>
          Questions (optional): the question, then one option per line, the right one starting with *; a blank
          line between questions
        </label>
        <textarea
          id={ids.q}
          value={draft.questions}
          onChange={(e) => set({ questions: e.target.value })}
          rows={6}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.mark}>Pass mark (% right answers)</label>
        <input
          id={ids.mark}
          type="number"
          min={1}
          max={100}
          value={draft.passMark}
          onChange={(e) => set({ passMark: e.target.value })}
        />
      </div>
    </>
  );
}
