import { DATA_CLASSES, type DataClass } from '@lantern/shared';

const DATA_LABELS: Record<string, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  personal: 'Personal data',
  'special-category': 'Special-category data',
};

interface Props {
  value: readonly DataClass[];
  onChange: (next: DataClass[]) => void;
}

/** The data classes people may put into the tool, kept in the canonical order. */
export function DataClassChecks({ value, onChange }: Props) {
  return (
    <fieldset style={{ marginTop: '0.75rem' }}>
      <legend>Data people may put in</legend>
      <div className="checks">
        {DATA_CLASSES.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={value.includes(c)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? DATA_CLASSES.filter((x) => x === c || value.includes(x))
                    : value.filter((x) => x !== c),
                )
              }
            />
            {DATA_LABELS[c]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
