import { LocalTable } from '../../components/LocalTable';
import { COVERAGE_COLUMNS, type Coverage } from './columns';

/** Who has done the required modules, per department, and where to download the evidence. */
export function CoverageSection({ rows }: { rows: readonly Coverage[] }) {
  return (
    <>
      <h2>Coverage</h2>
      <LocalTable
        caption="Coverage per module and department"
        columns={COVERAGE_COLUMNS}
        rows={rows}
        rowKey={(c) => `${c.moduleId}/${c.department ?? ''}`}
        empty="Nobody is required to complete a module yet."
      />
      <p>
        Exports: <a href="/api/export/literacy.csv">literacy.csv</a> ·{' '}
        <a href="/api/export/literacy.json">literacy.json</a> (also in the evidence pack as “Art. 4
        evidence”).
      </p>
    </>
  );
}
