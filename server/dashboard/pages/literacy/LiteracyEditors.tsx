import { ImportForm } from './ImportForm';
import { ModuleEditor } from './ModuleEditor';
import { RuleForm } from './RuleForm';
import type { Module } from './columns';

interface Props {
  modules: readonly Module[];
  /** The module getting a new version, null for a new module, undefined when the editor is closed. */
  editing: Module | null | undefined;
  onEdit: (m: Module | null) => void;
  afterChange: (message: string) => void;
}

/** What writers see below the tables: the module editor, the rule form and the completion import. */
export function LiteracyEditors({ modules, editing, onEdit, afterChange }: Props) {
  return (
    <>
      {editing === undefined ? (
        <button type="button" onClick={() => onEdit(null)}>
          New module
        </button>
      ) : (
        <ModuleEditor
          key={editing?.id ?? 'new'}
          initial={editing}
          onPublished={(m) => afterChange(`${m.id} version ${m.version} is published.`)}
        />
      )}
      <RuleForm
        modules={modules.map((m) => m.id)}
        onAdded={() => afterChange('Rule added. Browsers pick it up on their next check.')}
      />
      <ImportForm onImported={() => afterChange('Completions imported.')} />
    </>
  );
}
