import {
  CompletionStateSchema,
  DataClassSchema,
  RequestStateSchema,
  ToolIdSchema,
  type Tool,
} from '@lantern/shared';
import { z } from 'zod/mini';
import { defineStateItem } from './state-item';

/**
 * Every value the extension keeps in the `state` table, each declared here once with its schema,
 * its format version and what a missing row reads as. Keys are the ones in the field since the first
 * release (the e2e tests read some of them); a format change bumps `version` and adds a migration.
 */

const count = z.number().check(z.int(), z.minimum(0));
const moment = z.number();

export const SyncStateSchema = z.object({
  lastSuccessAt: z.nullable(moment),
  lastAttemptAt: z.nullable(moment),
  lastError: z.nullable(z.string()),
  /** Consecutive failures, for backoff. */
  failures: count,
  /** No push before this time (backoff or Retry-After). */
  notBefore: moment,
  lastPullAt: z.nullable(moment),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export const INITIAL_SYNC_STATE: SyncState = {
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  failures: 0,
  notBefore: 0,
  lastPullAt: null,
};

/** Push and pull bookkeeping (sync/engine.ts); reset by every enrolment. */
export const syncStateItem = defineStateItem({
  key: 'sync',
  schema: SyncStateSchema,
  fallback: INITIAL_SYNC_STATE,
  version: 1,
});

/** The newest catalog release this browser accepted from its server (detect/catalog-release.ts). */
// The tools are not re-parsed on read: acceptAnnouncedCatalog checked them against the shared schema
// and their hash before storing them, and only this extension writes its IndexedDB. Parsing 2,600
// tools again took ~80 ms cold at every worker start, which delayed the restored classifier past the
// first navigation after a browser restart (tests/e2e/catalog-update.test.ts).
const storedTool = z.custom<Tool>((value) => typeof value === 'object' && value !== null && 'id' in value);
export const StoredCatalogSchema = z.object({
  version: count,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  tools: z.array(storedTool),
});
export type StoredCatalog = z.infer<typeof StoredCatalogSchema>;

export const catalogReleaseItem = defineStateItem({
  key: 'catalogRelease',
  schema: z.nullable(StoredCatalogSchema),
  fallback: null,
  version: 1,
});

/** What the last extension inventory reported, and on which day (detect/extension-scan.ts). */
export const extensionInventoryItem = defineStateItem({
  key: 'extensionInventory',
  schema: z.nullable(z.object({ signature: z.string(), day: z.string() })),
  fallback: null,
  version: 1,
});

/** Per tool, until when "Later" keeps the notice away. Local only, never synced (enforce/snooze.ts). */
export const snoozesItem = defineStateItem({
  key: 'experience:snoozes',
  schema: z.array(z.object({ toolId: ToolIdSchema, until: moment })),
  fallback: [],
  version: 1,
});

/** Approval requests sent from this browser, "pending" until the server's answer arrives. */
export const sentRequestsItem = defineStateItem({
  key: 'experience:requests',
  schema: z.array(RequestStateSchema),
  fallback: [],
  version: 1,
});

/** `inform` notices closed for good, per tool and policy version (enforce/notice-handlers.ts). */
export const dismissalsItem = defineStateItem({
  key: 'experience:dismissals',
  schema: z.array(z.object({ toolId: ToolIdSchema, policyVersion: z.nullable(count) })),
  fallback: [],
  version: 1,
});

/** Literacy completions recorded here, until the server's list includes them (literacy/due.ts). */
export const localCompletionsItem = defineStateItem({
  key: 'literacy:completions',
  schema: z.array(CompletionStateSchema),
  fallback: [],
  version: 1,
});

export const GuardCountSchema = z.object({
  day: z.string(),
  toolId: ToolIdSchema,
  dataClass: DataClassSchema,
  warnings: count,
  pastedAnyway: count,
});
export type GuardCount = z.infer<typeof GuardCountSchema>;

/** Day totals per tool × data class for the data guard (guard/counts.ts). */
export const guardCountsItem = defineStateItem({
  key: 'guardCounts',
  schema: z.array(GuardCountSchema),
  fallback: [],
  version: 1,
});

/**
 * The answers to approval requests the employee has been told about (`seen`: null before the first
 * config, when nothing is announced) and how many they have not opened yet (approval/notify.ts).
 * Until schema version 2 of the database these were two rows; db/upgrades/v002.ts joined them.
 */
export const answersItem = defineStateItem({
  key: 'approval:answers',
  schema: z.object({ seen: z.nullable(z.array(z.string())), unread: count }),
  fallback: { seen: null, unread: 0 },
  version: 1,
});
