import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';

/** LMS completions as CSV (email,module_id,date): all rows or none; the error names each refused line. */
export function ImportForm({ onImported }: { onImported: () => void }) {
  const trpc = useTRPC();
  const importCompletionsMutation = useMutation(trpc.admin.literacy.importCompletions.mutationOptions());
  const ids = { csv: useId(), h: useId() };
  const [csv, setCsv] = useState('email,module_id,date\n');
  const [done, setDone] = useState<number>();
  const [error, setError] = useState<Error>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setDone(undefined);
    try {
      setDone((await importCompletionsMutation.mutateAsync({ csv })).imported);
      onImported();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }
  return (
    <form className="card" onSubmit={submit} aria-labelledby={ids.h}>
      <h2 id={ids.h}>Import completions from an LMS</h2>
      <div className="field">
        <label htmlFor={ids.csv}>CSV with the columns email, module_id, date</label>
        <textarea id={ids.csv} value={csv} onChange={(e) => setCsv(e.target.value)} rows={6} />
      </div>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="CSV file"
        onChange={(e) => void e.target.files?.[0]?.text().then(setCsv)}
      />
      {done !== undefined && <SuccessNotice>{done} completions imported.</SuccessNotice>}
      {error && <ErrorNotice error={error} title="Nothing imported" />}
      <button type="submit" className="primary">
        Import
      </button>
    </form>
  );
}
