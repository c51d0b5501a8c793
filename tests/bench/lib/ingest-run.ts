import { join } from 'node:path';
import type { SyncEvent } from '@lantern/shared';
import { enrolDevices, type BenchDevice } from './devices';
import { provisionDevices } from './provision';
import { CatchUpBatches, pushBody } from './events';
import type { BenchDatabase } from './fixture';
import { HttpClient } from './http-client';
import { closedLoop, type LoadResult } from './load';
import { startServerProcess, type ServerProcess } from './server-process';

export const BATCH_SIZE = 100;

export interface IngestPlan {
  devices: number;
  batches: number;
  concurrency: number;
}

/** Catch-up batches of 100 events, spread round-robin over the devices. */
export function planBatches(plan: IngestPlan, policy: BenchDatabase['policy'], seed = 1): SyncEvent[][] {
  const perDevice = Array.from(
    { length: plan.devices },
    (_, d) => new CatchUpBatches(seed * 100_003 + d, policy),
  );
  return Array.from({ length: plan.batches }, (_, b) => perDevice[b % plan.devices]!.next(BATCH_SIZE));
}

/** Every push must answer 200 with every event id stored. */
export function pushAccepted(events: readonly SyncEvent[]) {
  return (res: { status: number; body: string }) =>
    res.status === 200 &&
    (JSON.parse(res.body) as { result: { data: { stored: string[] } } }).result.data.stored.length ===
      events.length;
}

/** Pushes every batch through `sync.push` over HTTP, `concurrency` at a time, each batch from its device. */
export async function pushAll(
  urls: readonly string[],
  devices: readonly BenchDevice[],
  batches: readonly SyncEvent[][],
  concurrency: number,
): Promise<LoadResult> {
  const clients = urls.map((u) => new HttpClient(u, concurrency));
  try {
    let failed = 0;
    const result = await closedLoop({
      concurrency,
      total: batches.length,
      send: async (i) => {
        const events = batches[i]!;
        const res = await clients[i % clients.length]!.send('/trpc/sync.push', {
          body: pushBody(events),
          token: devices[i % devices.length]!.token,
        });
        if (!pushAccepted(events)(res) && res.status === 200) failed++;
        return res;
      },
      ok: (res) => res.status === 200,
    });
    return { ...result, errors: result.errors + failed };
  } finally {
    for (const c of clients) c.close();
  }
}

export interface ServerSet {
  servers: ServerProcess[];
  devices: BenchDevice[];
  /** How many of `devices` enrolled over HTTP (the rest were provisioned), and how long that took. */
  enrolled: number;
  enrolSeconds: number;
  stop(): Promise<void>;
}

/** `count` server processes on one database, with `devices` enrolled through the first. */
export async function startServers(
  db: BenchDatabase,
  count: number,
  devices: number,
  tag: string,
  options: { provision?: number } = {},
): Promise<ServerSet> {
  // SQLite only: devices written straight into the file before the server opens it (see provision.ts).
  const provisioned = options.provision
    ? provisionDevices(db.databaseUrl.slice('sqlite:'.length), options.provision, db.enrolmentTokenId)
    : [];
  const servers: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
  try {
    for (let i = 0; i < count; i++) {
      servers.push(
        await startServerProcess({
          databaseUrl: db.databaseUrl,
          logFile: join(db.dir, `${tag}-${i}.log`),
        }),
      );
    }
    const client = new HttpClient(servers[0]!.url, 16);
    const started = performance.now();
    const enrolled = await enrolDevices(client, db.enrollmentToken, devices).finally(() => client.close());
    const enrolSeconds = (performance.now() - started) / 1000;
    return { servers, devices: [...provisioned, ...enrolled], enrolled: enrolled.length, enrolSeconds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
