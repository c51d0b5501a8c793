import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../api/query';
import { href, navigate } from '../../location';

/**
 * Decide on a catalog tool before anyone uses it: find it by name, then open its decision editor.
 * The server searches the catalog release it uses, with the organisation's renames, so a tool a newer
 * release added is found without a new dashboard, and the page carries no copy of the catalog.
 */
export function AddTool() {
  const id = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const needle = text.trim();
  const trpc = useTRPC();
  const found = useQuery({
    ...trpc.admin.catalog.search.queryOptions({ text: needle }),
    enabled: needle !== '',
    placeholderData: keepPreviousData,
  });
  const suggestions = needle ? (found.data ?? []) : [];
  const lower = needle.toLowerCase();
  const match = suggestions.find((t) => t.id === needle || t.name.toLowerCase() === lower)?.id;
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
            <option key={t.id} value={t.name}>
              {t.vendor}
            </option>
          ))}
        </datalist>
      </div>
      <button type="submit" disabled={!match}>
        Open decision
      </button>
    </form>
  );
}
