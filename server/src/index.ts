import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createDatabase } from './db/connect';
import { pushCommitCounts, usePushWriter } from './sync/push/push';
import type { GroupCommitCounts } from './sync/push/queue';
import { IngestWriterThread } from './sync/push/writer-thread';
import type { ConnectOptions, DatabaseHandle } from './db/connect';
import type { Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createHttpServer } from './http/server';
import { DEFAULT_RATE_LIMIT } from './http/rate-limit';
import type { RateLimitOptions } from './http/rate-limit';
import { createLogger } from './logger';
import { scheduleCatalog } from './catalog/schedule';
import type { TrustedKey } from './catalog/keys';
import { OidcClient } from './oidc/client';
import type { OidcSettings } from './oidc/settings';

export { createDatabase, parseDatabaseUrl } from './db/connect';
export type { DatabaseHandle, ConnectOptions } from './db/connect';
export type { Database } from './db/database';
export { migrateToLatest } from './db/migrate';
export { appRouter } from './routers/_app';
export type { AppRouter } from './routers/_app';
export { createContextInner } from './context';
export { createCaller } from './caller';
export { createLogger } from './logger';
export { createApiToken } from './db/repositories/tokens.repository';
export { createEnrolmentToken } from './db/repositories/enrolment-tokens.repository';

// Operations the CLI runs and cross-package tests drive directly (tests/ imports the server only
// through this entry point and `@lantern/server/testing`).
export { readSettings } from './env';
export { resolveAuth } from './security/resolve-auth';
export { pseudonym } from './security/tokens';
export { chainHash } from './audit/canonical';
export { verifyAll } from './audit/verify';
export { installRelease } from './catalog/install';
export { bumpConfigVersion } from './db/repositories/config.repository';
export { upsertDecision } from './db/repositories/decisions.repository';
export { putOverride } from './db/repositories/tool-overrides.repository';
export { buildEvidencePack } from './evidence/pack';
export { seedDemo } from './seed/demo';
export { slackPayload, standardPayload, teamsPayload } from './webhooks/format';

/** Where `pnpm --filter @lantern/server build:dashboard` writes the dashboard. */
export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../dashboard/dist', import.meta.url));
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface StartServerOptions {
  /** `sqlite:<path>`, `sqlite::memory:` or `postgres://...`. Ignored when `database` is given. */
  databaseUrl?: string;
  /** An open database to serve (the caller keeps ownership: close() does not close it). */
  database?: DatabaseHandle;
  connect?: ConnectOptions;
  port?: number;
  host?: string;
  logger?: Logger;
  rateLimit?: RateLimitOptions;
  maxBodyBytes?: number;
  dashboardDir?: string;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); see http/client-address.ts. */
  trustedProxies?: readonly string[];
  enrolmentRateLimit?: RateLimitOptions;
  /** Keep the catalog current: re-read installed releases, fetch `url` on a schedule (catalog/schedule.ts). */
  catalog?: { keys: readonly TrustedKey[]; url: string | null; fetchEveryMs: number };
  /** OpenID Connect sign-in (env.ts OIDC_*); absent: token sign-in only. */
  oidc?: OidcSettings | null;
  /** Commit pushes to a SQLite file in a writer thread (the default); false: on the event loop. */
  ingestWriterThread?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Kysely<Database>;
  handle: DatabaseHandle;
  logger: Logger;
  /** Push groups committed and the pushes they held (pushes per commit: `items / groups`). */
  pushCommitCounts(): Promise<GroupCommitCounts>;
  close(): Promise<void>;
}

/** Migrates, then listens. Tests start it on port 0 and read `url`. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const owned = !options.database;
  const handle =
    options.database ?? createDatabase(options.databaseUrl ?? 'sqlite::memory:', options.connect);
  const logger = options.logger ?? createLogger();
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    if (owned) await handle.close();
    throw error;
  }
  // Pushes to a SQLite file are committed off the event loop, by a thread of their own.
  const writer = options.ingestWriterThread === false ? null : await IngestWriterThread.attach(handle);
  const server = createHttpServer({
    handle,
    logger,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    dashboardDir: options.dashboardDir ?? DEFAULT_DASHBOARD_DIR,
    ...(options.trustedProxies ? { trustedProxies: options.trustedProxies } : {}),
    ...(options.enrolmentRateLimit ? { enrolmentRateLimit: options.enrolmentRateLimit } : {}),
    oidc: options.oidc ? new OidcClient(options.oidc) : null,
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const catalog = options.catalog
    ? scheduleCatalog({ db: handle.db, log: logger, ...options.catalog })
    : undefined;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    db: handle.db,
    handle,
    logger,
    pushCommitCounts: () => pushCommitCounts(handle.db),
    async close() {
      catalog?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (writer) {
        usePushWriter(handle.db, null);
        await writer.close();
      }
      if (owned) await handle.close();
    },
  };
}
