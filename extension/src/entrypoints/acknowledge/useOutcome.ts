import { useState } from 'react';
import type { Outcome } from './acts';

/** Runs one act at a time, keeping its outcome or the error it failed with. */
export function useOutcome() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (task: () => Promise<Outcome>) => {
    setBusy(true);
    setError(null);
    try {
      setOutcome(await task());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, outcome, run };
}
