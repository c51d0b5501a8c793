import type { Worker } from 'node:worker_threads';
import type { DatabaseHandle } from '../db/connect';
import { canStartThreads, sqliteFileOf, startThread } from '../threads/start';
import { buildEvidencePack } from './pack';
import type { PackJob, PackMessage } from './pack-job';
import { zipParts } from './zip';

const JOB = new URL('./pack-job.ts', import.meta.url);

/**
 * Evidence packs for the HTTP download, built off the server's event loop and one at a time.
 *
 * Built on the event loop, 8 concurrent packs of an organisation with 71k acknowledgements held
 * `/healthz` for 64.6 s: the pack's JSON, CSV and hashing run in long synchronous stretches and the
 * ZIP's deflate in one. Here a worker thread does all of it with a connection of its own (SQLite:
 * a read-only one on the same file; PostgreSQL: a pool of two) and hands the ZIP over part by part.
 * A second request while one builds is refused (503 with Retry-After) rather than queued: each
 * build holds the pack in memory, and queued builds would pile up exactly that.
 *
 * An in-memory SQLite database cannot be opened from another thread, and a bundled server has no
 * worker file beside it: then the pack is built in-process as before, still one at a time.
 */
export class EvidencePackBuilds {
  private running = false;
  private worker: Worker | null = null;
  private lastBuildMs = 10_000;
  private readonly hasWorkerFile = canStartThreads();

  constructor(private readonly handle: DatabaseHandle) {}

  get busy(): boolean {
    return this.running;
  }

  /** Seconds a refused caller should wait: about one build (the last one's duration). */
  retryAfterSeconds(): number {
    return Math.min(600, Math.max(1, Math.ceil(this.lastBuildMs / 1000)));
  }

  /**
   * Starts a build, or returns null when one is running. The parts come as the ZIP is written;
   * stopping the iteration early (the client went away) ends the worker.
   */
  start(now: number, folder: string): AsyncGenerator<Uint8Array> | null {
    if (this.running) return null;
    this.running = true;
    return this.build(now, folder);
  }

  /** Ends the worker thread and any build in it (the server is closing). */
  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private async *build(now: number, folder: string): AsyncGenerator<Uint8Array> {
    const started = performance.now();
    try {
      const job = await this.job(now, folder);
      if (job) yield* this.fromWorker(job);
      else yield* this.inProcess(now, folder);
      this.lastBuildMs = performance.now() - started;
    } finally {
      this.running = false;
    }
  }

  private async job(now: number, folder: string): Promise<PackJob | null> {
    if (!this.hasWorkerFile) return null;
    const { dialect, source } = this.handle;
    if (dialect === 'postgres') return source ? { sqliteFile: null, postgres: source, now, folder } : null;
    const file = await sqliteFileOf(this.handle.db);
    return file ? { sqliteFile: file, postgres: null, now, folder } : null;
  }

  private async *inProcess(now: number, folder: string): AsyncGenerator<Uint8Array> {
    const pack = await buildEvidencePack(this.handle.db, now);
    yield* zipParts(
      pack.files.map((f) => ({ name: `${folder}/${f.name}`, data: f.data })),
      now,
    );
  }

  /** The kept worker thread, started on first use; ended after a failure or an abandoned pack. */
  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startThread(JOB, 'servePacks');
    // An idle worker must not keep a process (a CLI, a test) alive; a build in progress is awaited.
    worker.unref();
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  private async *fromWorker(job: PackJob): AsyncGenerator<Uint8Array> {
    const worker = this.thread();
    const parts: Uint8Array[] = [];
    let done = false;
    // A holder, not a `let`: TypeScript cannot see the callbacks below assign it.
    const failed: { error: Error | null } = { error: null };
    let wake: (() => void) | null = null;
    const notify = () => {
      wake?.();
      wake = null;
    };
    const onMessage = (m: PackMessage) => {
      if ('part' in m) parts.push(m.part);
      else if ('done' in m) done = true;
      else if ('failed' in m) failed.error = new Error(`evidence pack: ${m.failed}`);
      notify();
    };
    const onError = (error: Error) => {
      failed.error = error;
      notify();
    };
    const onExit = (code: number) => {
      failed.error ??= new Error(`the evidence pack worker stopped (exit code ${code})`);
      notify();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
    try {
      for (;;) {
        const part = parts.shift();
        if (part) yield part;
        else if (done) return;
        else if (failed.error) throw failed.error;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      // An abandoned or failed pack: its thread may be mid-build, so it goes; the next starts afresh.
      if (!done) {
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      }
    }
  }
}
