import 'fake-indexeddb/auto';
import { type SyncEvent, type ToolId, type UsageSignal, uuidv7 } from '@lantern/shared';
// The real extension code, run in Node: the Dexie store over fake-indexeddb and the sync engine.
import {
  LanternDb,
  applyDeltas,
  type AggregateDelta,
  getSyncState,
  updateSyncState,
  enrolDevice,
  createSyncEngine,
  type PushOutcome,
  type SyncEngine,
  recordEvent,
} from '@lantern/extension/testing';

let dbCounter = 0;

/**
 * One browser profile: its IndexedDB survives "worker restarts", which throw away the engine (and
 * freeze whatever it had in flight, as Chrome does when it stops a service worker) and start a new
 * engine over a new connection to the same database. The clock is simulated and may be skewed.
 */
export class BrowserModel {
  readonly dbName = `lantern-fault-${process.pid}-${++dbCounter}`;
  db = new LanternDb(this.dbName);
  /** Simulated wall clock of this device (may be skewed against the server's). */
  clock: number;
  private generation = 0;
  private readonly stale: LanternDb[] = [];
  private engine: SyncEngine;

  constructor(
    private readonly serverUrl: string,
    start: number,
  ) {
    this.clock = start;
    this.engine = this.newEngine();
  }

  private newEngine(): SyncEngine {
    const generation = ++this.generation;
    // A fetch that never settles once its worker is gone: the old engine can do nothing more.
    const fetchFn = async (input: string, init?: RequestInit): Promise<Response> => {
      if (generation !== this.generation) return new Promise<Response>(() => undefined);
      const response = await fetch(input, init);
      const text = await response.text();
      if (generation !== this.generation) return new Promise<Response>(() => undefined);
      return new Response(text, { status: response.status, headers: response.headers });
    };
    return createSyncEngine({ db: this.db, fetch: fetchFn, now: () => this.clock, random: () => 0.5 });
  }

  async enrol(enrollmentToken: string): Promise<string> {
    const row = await enrolDevice(
      {
        db: this.db,
        userAgent: 'Mozilla/5.0 Chrome/142.0.0.0',
        extensionVersion: '0.1.0',
        now: () => this.clock,
      },
      {
        serverUrl: this.serverUrl,
        enrollmentToken,
        userEmail: `user-${this.dbName}@example.com`,
        source: 'managed',
      },
    );
    return row.deviceId;
  }

  /** A flush of the in-memory aggregator: day-total increments, as the detection code hands them over. */
  async countUsage(
    toolId: ToolId,
    day: string,
    visits: number,
    activeSeconds: number,
    signal: UsageSignal = 'visit',
  ): Promise<void> {
    this.clock += 1_000;
    const delta: AggregateDelta = {
      day,
      toolId,
      signal,
      visits,
      activeSeconds,
      requests: 0,
      initiatorHost: null,
      endpointHost: null,
      at: this.clock,
    };
    await applyDeltas(this.db, [delta], this.clock);
  }

  /** A binding act (registration, request ...) queued as the background does for extension pages. */
  async record(make: (id: string, at: number) => SyncEvent): Promise<string> {
    this.clock += 1_000;
    return recordEvent(this.db, make(uuidv7(this.clock), this.clock), this.clock);
  }

  /** Lets time pass until the backoff allows the next attempt, then pushes. */
  async push(): Promise<PushOutcome> {
    const state = await getSyncState(this.db);
    if (state.notBefore > this.clock) this.clock = state.notBefore;
    return this.engine.push();
  }

  /** Starts a push and returns at once (the caller may kill the worker while it runs). */
  pushInBackground(): Promise<PushOutcome | 'abandoned'> {
    return this.push();
  }

  /** Chrome stops the worker: in-flight work is frozen forever; a new worker opens the database again. */
  restartWorker(): void {
    this.engine.dispose();
    this.generation += 1;
    this.stale.push(this.db);
    this.db = new LanternDb(this.dbName);
    this.engine = this.newEngine();
  }

  skewClock(deltaMs: number): void {
    this.clock += deltaMs;
  }

  /** Forgets backoff so a healed network is used at once (the alarm would fire soon anyway). */
  async clearBackoff(): Promise<void> {
    await updateSyncState(this.db, { notBefore: 0, failures: 0 });
  }

  async outboxSize(): Promise<number> {
    return this.db.outbox.count();
  }

  async dayTotals(): Promise<Map<string, { visits: number; activeSeconds: number }>> {
    const rows = await this.db.dayAggregates.toArray();
    return new Map(
      rows.map((r) => [
        `${r.toolId}|${r.signal}|${r.day}`,
        { visits: r.visits, activeSeconds: r.activeSeconds },
      ]),
    );
  }

  async dropped(): Promise<number> {
    return this.db.syncLog.filter((entry) => entry.outcome === 'dropped').count();
  }

  async close(): Promise<void> {
    this.engine.dispose();
    this.generation += 1;
    for (const db of [...this.stale, this.db]) db.close();
    await LanternDb.delete(this.dbName);
  }
}
