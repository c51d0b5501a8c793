import type { DeviceConfig, RequestState } from '@lantern/shared';
import type { Db } from '../db/database';
import { getSettings } from '../db/repositories/config.repository';
import { activeExceptionsFor } from '../db/repositories/exceptions.repository';
import { listDecisions } from '../db/repositories/decisions.repository';
import { guardedToolIds } from '../db/repositories/guard.repository';
import { listOrgTools } from '../db/repositories/org-tools.repository';
import { currentPolicy } from '../db/repositories/policies.repository';
import { requestStatesOf } from '../db/repositories/requests.repository';
import { loadCatalogConfig } from './catalog-ref';
import { loadDeviceLiteracy } from '../literacy/device-literacy';

/**
 * What every browser needs: decisions, the current policy, org tools, settings, and this user's own
 * requests, exceptions and literacy modules (never another person's).
 */
export async function loadDeviceConfig(db: Db, userId: string, now = Date.now()): Promise<DeviceConfig> {
  const [decisions, policy, tools, settings, requests, catalog, guarded, exceptions, literacy] =
    await Promise.all([
      listDecisions(db),
      currentPolicy(db),
      listOrgTools(db),
      getSettings(db),
      requestStatesOf(db, userId, 1000),
      loadCatalogConfig(db),
      guardedToolIds(db),
      activeExceptionsFor(db, userId, now),
      loadDeviceLiteracy(db, userId),
    ]);
  return {
    // The data guard rides on the decision it compares with; absent (not false) where it is off, so
    // a config without the guard is exactly what it was before the guard existed.
    decisions: decisions.map((d) => (guarded.has(d.toolId) ? { ...d, dataGuard: true } : d)),
    policy,
    tools,
    settings: {
      privacyMode: settings.privacyMode,
      pullIntervalSeconds: settings.pullIntervalSeconds,
      // Absent when each browser follows its own language: older extensions parse settings strictly.
      ...(settings.locale === 'browser' ? {} : { locale: settings.locale }),
    },
    requests: requests.map((r): RequestState => ({
      id: r.id,
      toolId: r.tool_id,
      status: r.status,
      note: r.note,
      decidedAt: r.decided_at === null ? null : Number(r.decided_at),
    })),
    // Only when there is something to say: an extension built before catalog releases parses the
    // config strictly and would refuse a pull carrying fields it does not know.
    ...(catalog.catalog === null ? {} : { catalog: catalog.catalog }),
    ...(catalog.overrides.length === 0 ? {} : { overrides: catalog.overrides }),
    ...(exceptions.length === 0 ? {} : { exceptions }),
    ...(literacy === null ? {} : { literacy }),
  };
}
