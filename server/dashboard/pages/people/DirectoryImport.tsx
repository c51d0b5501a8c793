import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';
import { ImportOutcome, type ImportResult } from './ImportOutcome';

/**
 * Import people from a CSV (email, name, department, manager). "Check" shows every problem with its
 * line; "Import" stores the whole file or nothing.
 */
export function DirectoryImport() {
  const trpc = useTRPC();
  const importMutation = useMutation(trpc.admin.directory.import.mutationOptions());
  const [csv, setCsv] = useState('');
  const [outcome, setOutcome] = useState<ImportResult>();
  const [error, setError] = useState<Error>();
  const ids = { file: useId(), text: useId() };

  async function run(dryRun: boolean) {
    setError(undefined);
    try {
      const out = await importMutation.mutateAsync({ csv, dryRun });
      setOutcome({ ...out, checked: dryRun });
      if (!dryRun && out.imported > 0) {
        setCsv('');
      }
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(false);
  };

  return (
    <form onSubmit={submit} aria-label="Import people">
      <h3>Import people from a CSV file</h3>
      <p className="muted">
        Header <code>email,name,department,manager</code> (manager is the manager&apos;s email; comma or
        semicolon). Up to 20,000 people, 2 MB. Nothing is imported unless every row is good; people already
        listed are updated.
      </p>
      <div className="field">
        <label htmlFor={ids.file}>CSV file</label>
        <input
          id={ids.file}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void e.target.files?.[0]?.text().then(setCsv)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.text}>Or paste it</label>
        <textarea id={ids.text} rows={5} value={csv} onChange={(e) => setCsv(e.target.value)} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => void run(true)} disabled={csv === ''}>
          Check
        </button>
        <button type="submit" className="primary" disabled={csv === ''}>
          Import
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      {outcome && <ImportOutcome outcome={outcome} />}
    </form>
  );
}
