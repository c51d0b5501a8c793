import { oneAtATime } from '../serial';
import type { Engine, PushOutcome, SyncEngineDeps } from './engine-core';
import { pullNow } from './engine-pull';
import { pushNow } from './engine-push';

export { REVOKED_MESSAGE, type PushOutcome, type SyncEngineDeps } from './engine-core';

export interface SyncEngine {
  /** Sends the outbox in batches until it is empty or the server fails. */
  push(): Promise<PushOutcome>;
  /** Fetches the config when the server has a newer one. */
  pull(): Promise<'updated' | 'unchanged' | 'not-enrolled' | 'failed'>;
  /** Debounced push: many discoveries within `delayMs` travel in one request. */
  requestPush(delayMs?: number): void;
  dispose(): void;
}

export const PUSH_DEBOUNCE_MS = 1_000;

/**
 * The sync engine, free of browser APIs so the same code runs in the service worker and against a
 * real server in Node tests. Every operation runs one at a time; the outbox is the only source of
 * what to send, and only ids the server reported `stored` ever leave it.
 */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const engine: Engine = { deps, db: deps.db, now: deps.now ?? Date.now };
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const exclusive = oneAtATime();
  const push = () => exclusive(() => pushNow(engine));

  return {
    push,
    pull: () => exclusive(() => pullNow(engine)),
    requestPush(delayMs = PUSH_DEBOUNCE_MS) {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => {
        debounce = undefined;
        void push().catch(() => undefined);
      }, delayMs);
    },
    dispose() {
      if (debounce) clearTimeout(debounce);
    },
  };
}
