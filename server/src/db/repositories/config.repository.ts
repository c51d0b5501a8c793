import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { OrgLocale, PrivacyMode } from '@lantern/shared';
import { pseudonymKeyValue } from '../codecs';
import type { Db } from '../database';

/** The counter devices compare on pull. One row, read from the database on every call. */
export async function getConfigVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('config_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/** Call in the transaction of any change devices must see (decisions, policies, tools, answers). */
export async function bumpConfigVersion(trx: Db): Promise<number> {
  await trx
    .updateTable('config_version')
    .set({ version: sql`version + 1` })
    .where('id', '=', 1)
    .execute();
  return getConfigVersion(trx);
}

export interface Settings {
  privacyMode: PrivacyMode;
  pullIntervalSeconds: number;
  /** Usage rows older than this many days are deleted; null keeps them. Acknowledgements are kept. */
  retentionDays: number | null;
  /**
   * Registrations no longer current, justifications and answered requests older than this many days
   * are deleted; null keeps them. The hash chains (acknowledgements, audit log) are always kept.
   */
  evidenceRetentionDays: number | null;
  /**
   * `coverage.below_threshold` fires when the share of active people who accepted the current
   * policy falls below this percentage (1–100); null: never.
   */
  coverageThresholdPercent: number | null;
  /**
   * Days after a new policy version is published during which people on an earlier version count as
   * "in grace" rather than as not having accepted (inventory/rollout.ts); null: no grace period.
   */
  policyGraceDays: number | null;
  /** The language of employees' pages: `browser` follows each browser, else every browser uses it. */
  locale: OrgLocale;
}

export const DEFAULT_SETTINGS: Settings = {
  privacyMode: 'named',
  pullIntervalSeconds: 300,
  retentionDays: null,
  evidenceRetentionDays: null,
  coverageThresholdPercent: null,
  policyGraceDays: null,
  locale: 'browser',
};

export async function getSettings(db: Db): Promise<Settings> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', Object.keys(DEFAULT_SETTINGS))
    .execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

export async function setSettings(trx: Db, patch: Partial<Settings>): Promise<void> {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    await trx
      .insertInto('settings')
      .values({ key, value: JSON.stringify(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
      .execute();
  }
}

/** The secret key of pseudonyms as stored, if this database has one yet. */
export async function readPseudonymKey(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'pseudonymKey')
    .executeTakeFirst();
  return row && pseudonymKeyValue.decode(row.value);
}

/** The secret key of pseudonyms, created once per database (first writer wins across processes). */
export async function getPseudonymKey(db: Db): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key: 'pseudonymKey', value: pseudonymKeyValue.encode(randomBytes(32).toString('hex')) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await readPseudonymKey(db))!;
}
