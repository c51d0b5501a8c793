import { EMPTY_PERSON, PersonForm, type PersonDraft } from './PersonForm';

/** Adds a person, or edits the one picked in the table. */
export function PersonEditor({ editing, onSaved }: { editing?: PersonDraft; onSaved: () => void }) {
  return (
    <>
      <h3>{editing ? `Edit ${editing.email}` : 'Add a person'}</h3>
      <PersonForm key={editing?.email ?? 'new'} initial={editing ?? EMPTY_PERSON} onSaved={onSaved} />
    </>
  );
}
