import { useEffect, useId, useRef, useState } from 'react';

interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  /** Label of the "no filter" choice; omit for a required choice. */
  anyLabel?: string;
  disabled?: boolean;
}

export function SelectField({ label, value, options, onChange, anyLabel, disabled }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface SearchFieldProps {
  label: string;
  value: string;
  onSearch: (value: string) => void;
  placeholder?: string;
  /** Wait this long after the last keystroke, so typing does not send a query per letter. */
  debounceMs?: number;
}

export function SearchField({ label, value, onSearch, placeholder, debounceMs = 300 }: SearchFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const committed = useRef(value);

  // The URL can change under us (back button): follow it.
  useEffect(() => {
    committed.current = value;
    setText(value);
  }, [value]);

  useEffect(() => {
    if (text === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = text;
      onSearch(text.trim());
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text, debounceMs, onSearch]);

  return (
    <div className="field field-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
    </div>
  );
}

export function toOptions<T extends string>(
  values: readonly T[],
  labels?: Partial<Record<T, string>>,
): Option[] {
  return values.map((v) => ({ value: v, label: labels?.[v] ?? v }));
}
