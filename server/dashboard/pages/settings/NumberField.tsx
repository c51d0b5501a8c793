import { useId, type ReactNode } from 'react';

interface Props {
  label: ReactNode;
  hint: ReactNode;
  min: number;
  max: number;
  value: number | null;
  /** Gets null when the field is emptied, unless the field is required. */
  onChange: (value: number | null) => void;
  required?: boolean;
  placeholder?: string;
  disabled: boolean;
}

/** A labelled number input with its hint; empty means "no value" unless required. */
export function NumberField({
  label,
  hint,
  min,
  max,
  value,
  onChange,
  required,
  placeholder,
  disabled,
}: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        required={required}
        placeholder={placeholder}
        disabled={disabled}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' && !required ? null : Number(e.target.value))}
      />
      <span className="field-hint">{hint}</span>
    </div>
  );
}
