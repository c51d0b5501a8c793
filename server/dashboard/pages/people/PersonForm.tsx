import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';

export interface PersonDraft {
  email: string;
  name: string;
  department: string;
  managerEmail: string;
}

export const EMPTY_PERSON: PersonDraft = { email: '', name: '', department: '', managerEmail: '' };

/** Add one person, or change what the directory says about them (the email is the key). */
export function PersonForm({ initial, onSaved }: { initial: PersonDraft; onSaved: () => void }) {
  const trpc = useTRPC();
  const putMutation = useMutation(trpc.admin.directory.put.mutationOptions());
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<Error>();
  const id = useId();
  const editing = initial.email !== '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    putMutation
      .mutateAsync({
        email: draft.email,
        name: draft.name || null,
        department: draft.department || null,
        managerEmail: draft.managerEmail.trim() || null,
      })
      .then(() => {
        setDraft(EMPTY_PERSON);
        onSaved();
      })
      .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))));
  };

  const field = (key: keyof PersonDraft, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={draft[key]}
        readOnly={editing && key === 'email'}
        required={key === 'email'}
        maxLength={key === 'email' || key === 'managerEmail' ? 320 : 200}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );

  return (
    <form className="filters" onSubmit={submit} aria-label={editing ? 'Edit person' : 'Add a person'}>
      {field('email', 'Email', 'email')}
      {field('name', 'Name')}
      {field('department', 'Department')}
      {field('managerEmail', "Manager's email", 'email')}
      <button type="submit" className="primary">
        {editing ? 'Save' : 'Add person'}
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
