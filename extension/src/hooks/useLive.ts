import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * The current result of a Dexie query, re-run whenever the tables it read change (also when the
 * background writes them). `undefined` until the first answer.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.warn('lantern: live query failed', error),
    });
    return () => subscription.unsubscribe();
    // `deps` is the caller's contract (as with Dexie's own useLiveQuery): `query` is a new closure on
    // every render, and re-subscribing each time would re-run the query on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
