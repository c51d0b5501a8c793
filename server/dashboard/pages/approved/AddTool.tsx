import { catalog } from '@lantern/shared';
import { useId, useMemo, useState } from 'react';
import { href, navigate } from '../../location';

/** Suggestions offered at once; the catalog has hundreds of tools, so typing narrows them. */
const SUGGESTIONS = 20;

/** Decide on a catalog tool before anyone uses it: find it by name, then open its decision editor. */
export function AddTool() {
  const id = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const byName = useMemo(() => new Map(catalog.map((t) => [t.name.toLowerCase(), t.id])), []);
  const needle = text.trim().toLowerCase();
  const match = byName.get(needle) ?? catalog.find((t) => t.id === text.trim())?.id;
  const suggestions = useMemo(
    () =>
      needle
        ? catalog
            .filter((t) => t.name.toLowerCase().includes(needle) || t.id.includes(needle))
            .slice(0, SUGGESTIONS)
        : [],
    [needle],
  );
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        if (match) navigate(href(['tools', match]));
      }}
    >
      <div className="field">
        <label htmlFor={id}>Decide on another catalog tool</label>
        <input
          id={id}
          list={listId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Start typing a tool name"
          autoComplete="off"
        />
        <datalist id={listId}>
          {suggestions.map((t) => (
            <option key={t.id} value={t.name} />
          ))}
        </datalist>
      </div>
      <button type="submit" disabled={!match}>
        Open decision
      </button>
    </form>
  );
}
