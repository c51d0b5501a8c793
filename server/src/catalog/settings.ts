import { SettingError } from '../settings-error';
import { parseTrustedKeys, type TrustedKey } from './keys';

type Env = Record<string, string | undefined>;

export interface CatalogSettings {
  /**
   * CATALOG_PUBLISHER_KEYS (formerly CATALOG_PUBLIC_KEY): publisher keys a catalog release must be
   * signed with. Empty by default: no release is trusted until the organisation names its publisher.
   */
  keys: TrustedKey[];
  /** CATALOG_URL: where to fetch signed releases from on a schedule; null: imports only. */
  url: string | null;
  /** CATALOG_FETCH_MINUTES (default 60, 5 to 10080). */
  fetchEveryMs: number;
}

/** CATALOG_PUBLISHER_KEYS, or its older name CATALOG_PUBLIC_KEY; none set: no trusted publisher. */
function readPublisherKeys(env: Env): TrustedKey[] {
  const current = env.CATALOG_PUBLISHER_KEYS || null;
  const older = env.CATALOG_PUBLIC_KEY || null;
  if (current !== null && older !== null && current !== older)
    throw new SettingError(
      'CATALOG_PUBLISHER_KEYS',
      'and CATALOG_PUBLIC_KEY (its older name) are both set and differ: keep one',
    );
  const text = current ?? older;
  if (text === null) return [];
  try {
    return parseTrustedKeys(text);
  } catch (error) {
    throw new SettingError(
      current !== null ? 'CATALOG_PUBLISHER_KEYS' : 'CATALOG_PUBLIC_KEY',
      (error as Error).message,
    );
  }
}

/** The catalog settings from the environment env.ts read; each error names its setting. */
export function catalogSettingsFrom(env: Env): CatalogSettings {
  const keys = readPublisherKeys(env);
  const rawUrl = env.CATALOG_URL || null;
  if (rawUrl !== null && keys.length === 0)
    throw new SettingError(
      'CATALOG_URL',
      'needs CATALOG_PUBLISHER_KEYS too: without a trusted publisher key every fetched release would be refused',
    );
  if (rawUrl !== null) {
    let url: URL | undefined;
    try {
      url = new URL(rawUrl);
    } catch {
      url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      throw new SettingError('CATALOG_URL', `"${rawUrl}" is not an http(s) address`);
  }
  const minutesText = env.CATALOG_FETCH_MINUTES ?? '60';
  const minutes = Number(minutesText);
  if (!/^\d+$/.test(minutesText) || minutes < 5 || minutes > 10_080)
    throw new SettingError(
      'CATALOG_FETCH_MINUTES',
      `"${minutesText}" is not a whole number of minutes from 5 to 10080`,
    );
  return { keys, url: rawUrl, fetchEveryMs: minutes * 60_000 };
}
