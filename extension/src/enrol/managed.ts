import { EmailSchema } from '@lantern/shared';
import { z } from 'zod/mini';

/** The managed-storage keys of public/managed_schema.json (docs/deploy.md), as an administrator's policy sets them. */
export interface ManagedSettings {
  serverUrl: string | null;
  enrollmentToken: string | null;
  userEmail: string | null;
  pullIntervalSeconds: number | null;
}

export const EMPTY_MANAGED: ManagedSettings = {
  serverUrl: null,
  enrollmentToken: null,
  userEmail: null,
  pullIntervalSeconds: null,
};

export const fields = {
  serverUrl: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  enrollmentToken: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  userEmail: EmailSchema,
  pullIntervalSeconds: z.number().check(z.int(), z.minimum(30), z.maximum(86_400)),
};

/**
 * Parses each key on its own: one mistyped value (say, a string interval) must not throw away the
 * server URL and token next to it. Bad values count as absent, and are reported in `problems`.
 */
export function parseManaged(raw: unknown): { settings: ManagedSettings; problems: string[] } {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: ManagedSettings = { ...EMPTY_MANAGED };
  const problems: string[] = [];
  for (const key of Object.keys(fields) as (keyof ManagedSettings)[]) {
    if (record[key] === undefined) continue;
    const parsed = fields[key].safeParse(record[key]);
    if (parsed.success) (settings as unknown as Record<string, unknown>)[key] = parsed.data;
    else problems.push(`managed ${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { settings, problems };
}

/**
 * Reads managed storage. Chrome/Edge answer `{}` when no policy is set; Firefox throws when there is
 * no policies.json entry ("Managed storage manifest not found"); both mean "not managed".
 */
export async function readManagedSettings(): Promise<{ settings: ManagedSettings; problems: string[] }> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    raw = {};
  }
  return parseManaged(raw);
}

export function isManaged(
  settings: ManagedSettings,
): settings is ManagedSettings & { serverUrl: string; enrollmentToken: string } {
  return settings.serverUrl !== null && settings.enrollmentToken !== null;
}
