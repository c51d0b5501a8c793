import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { Logger } from 'pino';
import { refreshActiveCatalog } from './active';
import { fetchAndInstall } from './fetch';
import type { TrustedKey } from './keys';

export interface CatalogScheduleOptions {
  db: Kysely<Database>;
  log: Pick<Logger, 'info' | 'warn'>;
  keys: readonly TrustedKey[];
  /** CATALOG_URL; null: only `lantern catalog import` installs releases. */
  url: string | null;
  fetchEveryMs: number;
  /** How often this process re-reads the installed release and overrides (another process may change them). */
  refreshEveryMs?: number;
  now?: () => number;
}

/**
 * Keeps this process's catalog current: re-reads the database every 30 s (a CLI import or another
 * server process may have installed a release) and, when CATALOG_URL is set, fetches it right away
 * and then every CATALOG_FETCH_MINUTES. A refused or unreachable release is logged and the installed
 * one stays in use. Returns a stop function.
 */
export function scheduleCatalog(options: CatalogScheduleOptions): {
  stop(): void;
  fetchNow(): Promise<void>;
} {
  const { db, log, keys, url } = options;
  const now = options.now ?? Date.now;
  let stopped = false;
  const refresh = async () => {
    if (!stopped)
      await refreshActiveCatalog(db).catch((e: unknown) => log.warn({ err: e }, 'catalog refresh failed'));
  };
  // One fetch at a time in this process: a slow URL never has two downloads racing each other.
  let running: Promise<void> | undefined;
  const fetchNow = (): Promise<void> => (running ??= fetchOnce().finally(() => (running = undefined)));
  const fetchOnce = async () => {
    if (url === null || stopped) return;
    try {
      const result = await fetchAndInstall(db, url, keys, now);
      if (result.status === 'installed')
        log.info(
          { version: result.release.version, tools: result.release.toolCount },
          'catalog release installed',
        );
      await refresh();
    } catch (error) {
      log.warn(
        { url, reason: error instanceof Error ? error.message : String(error) },
        'catalog fetch failed',
      );
    }
  };
  const refreshTimer = setInterval(() => void refresh(), options.refreshEveryMs ?? 30_000);
  const fetchTimer = url === null ? undefined : setInterval(() => void fetchNow(), options.fetchEveryMs);
  refreshTimer.unref();
  fetchTimer?.unref();
  void refresh().then(fetchNow);
  return {
    stop() {
      stopped = true;
      clearInterval(refreshTimer);
      if (fetchTimer) clearInterval(fetchTimer);
    },
    fetchNow,
  };
}
