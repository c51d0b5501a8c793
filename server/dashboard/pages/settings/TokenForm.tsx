import { useId, type FormEvent, type ReactNode } from 'react';

interface Props {
  name: string;
  onName: (name: string) => void;
  placeholder: string;
  /** The caller's extra fields. */
  fields?: ReactNode;
  noun: string;
  onSubmit: (e: FormEvent) => void;
}

/** Names a new token (plus the caller's fields) and creates it. */
export function TokenForm({ name, onName, placeholder, fields, noun, onSubmit }: Props) {
  const id = useId();
  return (
    <form className="filters" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={id}>Name</label>
        <input
          id={id}
          value={name}
          onChange={(e) => onName(e.target.value)}
          required
          maxLength={120}
          placeholder={placeholder}
        />
      </div>
      {fields}
      <button type="submit" className="primary">
        Create {noun}
      </button>
    </form>
  );
}
