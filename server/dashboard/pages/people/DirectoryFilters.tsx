import { SelectField } from '../../components/Fields';

interface Props {
  department: string;
  departments: readonly string[];
  onDepartment: (d: string) => void;
  /** Present for writers: makes links for everyone without a browser. */
  onLinkAll?: () => void;
}

/** The department filter, and the button that makes enrolment links in bulk. */
export function DirectoryFilters({ department, departments, onDepartment, onLinkAll }: Props) {
  return (
    <div className="filters">
      <SelectField
        label="Department"
        value={department}
        options={departments.map((d) => ({ value: d, label: d }))}
        anyLabel="All departments"
        onChange={onDepartment}
      />
      {onLinkAll && (
        <button type="button" onClick={onLinkAll}>
          Make links for people without a browser
        </button>
      )}
    </div>
  );
}
