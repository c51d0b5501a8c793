import type { DecisionInput } from '@lantern/shared';
import {
  createEnrolmentToken,
  createLogger,
  startServer,
  type RunningServer,
  type StartServerOptions,
  bumpConfigVersion,
  upsertDecision,
} from '@lantern/server';
// Test-only: the admin's write path through the server's own repositories (the admin API and CLI
// call the same functions), so a test changes decisions exactly as the product does.

export interface LanternTestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  server: RunningServer;
  /** A fresh enrolment token, as `lantern enrollment create` would print. */
  enrollmentToken(): Promise<string>;
  /** An admin decision for a tool; devices see it at their next pull. */
  setDecision(
    input: Pick<DecisionInput, 'toolId' | 'status' | 'enforcement'> & Partial<DecisionInput>,
  ): Promise<void>;
  /** Tool ids with usage in the inventory (any day). */
  inventoryToolIds(): Promise<string[]>;
  /** Every event id the server stored, with repeats if it ever stored one twice. */
  storedEventIds(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A real Lantern server on 127.0.0.1 with a fresh in-memory SQLite database (or `databaseUrl`).
 * Quiet logs; a generous rate limit so a test's bursts are never throttled unless it asks to be.
 */
export async function startLanternServer(
  options: {
    databaseUrl?: string;
    port?: number;
    rateLimit?: { capacity: number; refillPerSecond: number };
    /** Catalog releases: trusted keys and a URL fetched on a schedule. */
    catalog?: StartServerOptions['catalog'];
  } = {},
): Promise<LanternTestServer> {
  const server = await startServer({
    databaseUrl: options.databaseUrl ?? 'sqlite::memory:',
    port: options.port ?? 0,
    logger: createLogger({ level: 'silent' }),
    rateLimit: options.rateLimit ?? { capacity: 10_000, refillPerSecond: 1_000 },
    ...(options.catalog ? { catalog: options.catalog } : {}),
  });
  const db = server.db;
  return {
    url: server.url,
    server,
    enrollmentToken: async () => (await createEnrolmentToken(db, { name: 'test' })).token,
    setDecision: async (input) => {
      await db.transaction().execute(async (trx) => {
        await upsertDecision(
          trx,
          { conditions: null, allowedDataClasses: [], alternativeToolId: null, ...input },
          'test-admin',
          Date.now(),
        );
        await bumpConfigVersion(trx);
      });
    },
    inventoryToolIds: async () => {
      const rows = await db.selectFrom('tool_days').select('tool_id').distinct().orderBy('tool_id').execute();
      return rows.map((r) => r.tool_id);
    },
    storedEventIds: async () => {
      const rows = await db.selectFrom('seen_events').select('event_id').execute();
      return rows.map((r) => r.event_id);
    },
    close: () => server.close(),
  };
}
