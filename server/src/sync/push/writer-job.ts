import type { MessagePort } from 'node:worker_threads';
import { createDatabase } from '../../db/connect';
import { DeviceRevokedError, queueFor, type Push, type PushResult } from './push';

/** What the writer thread is started with: the SQLite file it owns the write connection of. */
export interface WriterData {
  sqliteFile: string;
}

export type WriterRequest = { id: number; push: Push } | { close: true };

export type WriterReply =
  | { ready: true }
  | { id: number; result: PushResult }
  | { id: number; revoked: true }
  | { id: number; failed: string }
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
    open++;
    void queue
      .add(request.push)
      .then(
        (result): WriterReply => ({ id: request.id, result }),
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
