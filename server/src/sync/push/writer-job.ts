import type { MessagePort } from 'node:worker_threads';
import { createDatabase } from '../../db/connect';
import { DeviceRevokedError, eventsOfWire, queueFor, type Push, type PushWire } from './push';
import type { Origin } from './fold';
import type { GroupCommitCounts } from './queue';

/** What the writer thread is started with: the SQLite file it owns the write connection of. */
export interface WriterData {
  sqliteFile: string;
}

/** A push as its events, or as its text (PushWire: what the server's device route sends). */
export type WriterRequest =
  | { id: number; push: Push }
  | { id: number; origin: Origin; wire: PushWire }
  | { counts: true }
  | { close: true };

/**
 * A push's result without `stored`: the sender has the ids (push.events) and puts them back, so
 * they do not cross the thread boundary twice.
 */
export type WriterReply =
  | { ready: true }
  | { id: number; result: { duplicates: number; rejected?: Array<{ id: string; reason: string }> } }
  | { id: number; revoked: true }
  | { id: number; failed: string }
  | { counts: GroupCommitCounts }
  | { closed: true };

/**
 * The writer thread's side: one write connection to the file (WAL, `synchronous=FULL`, as the
 * server's), and the same group-commit queue the server used in-process, so concurrent pushes share
 * a transaction and its fsync here, off the HTTP event loop. Each push is answered only after the
 * transaction holding it committed.
 */
export function serveWrites(data: WriterData, port: MessagePort): void {
  const handle = createDatabase(`sqlite:${data.sqliteFile}`);
  const queue = queueFor(handle.db);
  let open = 0;
  let closing = false;
  const closeIfDone = () => {
    if (!closing || open > 0) return;
    void handle.close().then(() => port.postMessage({ closed: true } satisfies WriterReply));
  };
  port.on('message', (request: WriterRequest) => {
    if ('close' in request) {
      closing = true;
      return closeIfDone();
    }
    if ('counts' in request)
      return port.postMessage({ counts: { ...queue.committed } } satisfies WriterReply);
    open++;
    const push =
      'push' in request ? request.push : { origin: request.origin, events: eventsOfWire(request.wire) };
    void queue
      .add(push)
      .then(
        ({ duplicates, rejected }): WriterReply => ({
          id: request.id,
          result: rejected ? { duplicates, rejected } : { duplicates },
        }),
        (error: unknown): WriterReply =>
          error instanceof DeviceRevokedError
            ? { id: request.id, revoked: true }
            : { id: request.id, failed: error instanceof Error ? error.message : String(error) },
      )
      .then((reply) => {
        port.postMessage(reply);
        open--;
        closeIfDone();
      });
  });
  port.postMessage({ ready: true } satisfies WriterReply);
}
