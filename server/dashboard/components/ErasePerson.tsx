import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/query';
import { useCanWrite } from '../session';
import { ErrorNotice, SuccessNotice } from './Feedback';

/**
 * "Erase this person's data" on the person page, admins only. Erasure cannot be undone, so the
 * admin types ERASE first; the server records the erasure in the audit log.
 */
export function ErasePerson({ userId, person }: { userId: string; person: string }) {
  const trpc = useTRPC();
  const eraseMutation = useMutation(trpc.admin.people.erase.mutationOptions());
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  if (!canWrite) return null;
  if (done) return <SuccessNotice>{done}</SuccessNotice>;

  async function erase() {
    setError(undefined);
    try {
      const summary = await eraseMutation.mutateAsync({ userId });
      setDone(`${person}: personal data ${summary.note}. Their browsers were revoked.`);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  return (
    <section aria-label="Data rights">
      <h2>Data rights</h2>
      {error && <ErrorNotice error={error} title="Erasure failed" />}
      {!open ? (
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          Erase this person&apos;s data…
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void erase();
          }}
        >
          <p>
            Erases {person}&apos;s email, the purposes and reasons they wrote and the notes to them, and
            revokes their browsers. Records and hash chains stay, marked as erased at their request. This
            cannot be undone.
          </p>
          <label>
            Type ERASE to confirm{' '}
            <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </label>{' '}
          <button type="submit" className="danger" disabled={typed !== 'ERASE'}>
            Erase for good
          </button>{' '}
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      )}
    </section>
  );
}
