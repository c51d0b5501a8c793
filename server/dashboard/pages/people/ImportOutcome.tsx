import type { api } from '../../api/client';
import { SuccessNotice } from '../../components/Feedback';

export type ImportResult = Awaited<ReturnType<typeof api.admin.directory.import.mutate>> & {
  /** A check (dry run), not an import. */
  checked: boolean;
};

/** Every problem with its line, or how many people were (or would be) imported. */
export function ImportOutcome({ outcome }: { outcome: ImportResult }) {
  if (outcome.problemCount > 0)
    return (
      <div role="alert" className="notice notice-error" data-testid="import-problems">
        <p>
          Nothing was imported: {outcome.problemCount} problem{outcome.problemCount === 1 ? '' : 's'}.
        </p>
        <ul>
          {outcome.problems.map((p) => (
            <li key={`${p.line}:${p.message}`}>
              Line {p.line}: {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <SuccessNotice>
      {outcome.checked
        ? `The file is good: ${outcome.wouldImport} people would be imported.`
        : `Imported ${outcome.imported} people.`}
    </SuccessNotice>
  );
}
