import type { Worker } from 'node:worker_threads';
import type { DatabaseHandle } from '../../db/connect';
import { canStartThreads, sqliteFileOf, startThread } from '../../threads/start';
import {
  DeviceRevokedError,
  usePushWriter,
  type Push,
  type PushResult,
  type PushWire,
  type PushWriter,
} from './push';
import type { GroupCommitCounts } from './queue';
import type { WriterData, WriterReply, WriterRequest } from './writer-job';

const JOB = new URL('./writer-job.ts', import.meta.url);

/** The writer thread stopped before it answered: the push may or may not be stored; send it again. */
export class WriterUnavailableError extends Error {
  override name = 'WriterUnavailableError';
}

/**
 * The first message of the thread that `pick` takes (its value), or what `onExit` makes of the thread
 * ending first (a value, or an Error to reject with); both listeners are removed either way.
 */
function nextReply<T>(
  worker: Worker,
  pick: (m: WriterReply) => T | undefined,
  onExit: (code: number) => T | Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (m: WriterReply) => {
      const value = pick(m);
      if (value === undefined) return;
      worker.off('message', onMessage).off('exit', exited);
      resolve(value);
    };
    const exited = (code: number) => {
      worker.off('message', onMessage);
      const outcome = onExit(code);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    worker.on('message', onMessage).once('exit', exited);
  });
}

interface Pending {
  worker: Worker;
  /** The ids the answer's `stored` lists (the thread does not send them back). */
  stored: string[];
  resolve(result: PushResult): void;
  reject(error: Error): void;
}

/**
 * Pushes to a SQLite file are committed by one worker thread that owns a write connection of its
 * own (writer-job.ts): the group commit, its statements and its fsync run there, so the HTTP event
 * loop never waits on a commit. Validation and every read stay on the server's connection (WAL lets
 * it read while the thread writes). A push is answered only after the thread reports its commit.
 *
 * If the thread dies (a crash, an out-of-memory), every push it had not answered is refused with
 * WriterUnavailableError — never a false success; the browser keeps those events and sends them
 * again, and the event ids make that exactly-once — and the next push starts a new thread.
 */
export class IngestWriterThread implements PushWriter {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly data: WriterData) {}

  /**
   * A writer for a server's database, registered for its pushes; null where pushes stay in-process:
   * PostgreSQL (its driver does not block), an in-memory SQLite database (no other thread can open
   * it), or a bundled server with no worker file beside it.
   */
  static async attach(handle: DatabaseHandle): Promise<IngestWriterThread | null> {
    if (handle.dialect !== 'sqlite' || !canStartThreads()) return null;
    const file = await sqliteFileOf(handle.db);
    if (!file) return null;
    const writer = new IngestWriterThread({ sqliteFile: file });
    // Loading the thread's code takes seconds on a busy machine: the server listens only after it did.
    await writer.ready(writer.thread());
    usePushWriter(handle.db, writer);
    return writer;
  }

  /** With `wire` the push crosses as its text (one string copy), else as a structured clone. */
  commit(push: Push, wire?: PushWire | null): Promise<PushResult> {
    return new Promise<PushResult>((resolve, reject) => {
      const id = this.nextId++;
      const worker = this.thread();
      this.pending.set(id, { worker, stored: push.events.map((e) => e.id), resolve, reject });
      worker.ref();
      worker.postMessage((wire ? { id, origin: push.origin, wire } : { id, push }) satisfies WriterRequest);
    });
  }

  /** Groups the thread committed and the pushes they held, since it started (none: not started). */
  counts(): Promise<GroupCommitCounts> {
    const worker = this.worker;
    if (!worker) return Promise.resolve({ groups: 0, items: 0 });
    const counts = nextReply(
      worker,
      (m) => ('counts' in m ? m.counts : undefined),
      () => ({ groups: 0, items: 0 }),
    );
    worker.postMessage({ counts: true } satisfies WriterRequest);
    return counts;
  }

  /** Pushes handed to the thread and not answered yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Ends the thread as if it had crashed (for operators' drills and the crash test). */
  async kill(): Promise<void> {
    await this.worker?.terminate();
  }

  /** Lets the thread answer what it holds, closes its connection and ends it. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    await new Promise<void>((resolve) => {
      worker.on('exit', () => resolve());
      worker.on('message', (m: WriterReply) => {
        if ('closed' in m) void worker.terminate();
      });
      worker.postMessage({ close: true } satisfies WriterRequest);
    });
  }

  private async ready(worker: Worker): Promise<void> {
    worker.ref();
    await nextReply(
      worker,
      (m) => ('ready' in m ? true : undefined),
      (code) => new Error(`the ingest writer thread did not start (exit code ${code})`),
    );
    worker.unref();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startThread(JOB, 'serveWrites', this.data);
    worker.unref(); // idle, it must not keep a process alive; a push in flight refs it
    worker.on('message', (m: WriterReply) => this.answer(worker, m));
    worker.on('error', (error) => this.lost(worker, error.message));
    worker.on('exit', (code) => this.lost(worker, `exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private answer(worker: Worker, m: WriterReply) {
    if (!('id' in m)) return;
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (![...this.pending.values()].some((o) => o.worker === worker)) worker.unref();
    if ('result' in m) p.resolve({ stored: p.stored, ...m.result });
    else if ('revoked' in m) p.reject(new DeviceRevokedError('device revoked'));
    else p.reject(new Error(`ingest: ${m.failed}`));
  }

  /** The thread is gone: what it had not answered is refused, and the next push starts another. */
  private lost(worker: Worker, why: string) {
    if (this.worker === worker) this.worker = null;
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(id);
      p.reject(new WriterUnavailableError(`the ingest writer thread stopped (${why})`));
    }
  }
}
