import { compactAggregates } from '../db/aggregates';
import { getDb } from '../db/app-db';
import { getConfig, getEnrolment, getSyncState } from '../db/state';
import { currentManaged, ensureManagedEnrolment } from '../enrol/enrolment-flows';
import { ensureAlarms, effectivePullSeconds } from './schedule';
import { getEngine, notifyConfig } from './background-engine';

/** The pull interval now: managed value, else the server's setting, else 300 s. */
export async function pullSeconds(): Promise<number> {
  const config = await getConfig(getDb());
  return effectivePullSeconds(currentManaged().pullIntervalSeconds, config?.settings.pullIntervalSeconds);
}

/**
 * Runs each time the worker starts: restores the stored config (classifier, listeners), enrols from
 * managed storage if needed, makes sure the alarms exist, pulls when the last pull is older than the
 * interval and sends anything left in the outbox.
 */
export async function startSync(): Promise<void> {
  const db = getDb();
  const config = await getConfig(db);
  if (config) await notifyConfig(config);
  const enrolled = await ensureManagedEnrolment();
  const seconds = await pullSeconds();
  await ensureAlarms(seconds);
  if (enrolled === 'enrolled') return; // enrolment already pulled and pushed
  const enrolment = await getEnrolment(db);
  if (!enrolment || enrolment.status !== 'enrolled') return;
  const state = await getSyncState(db);
  if (!state.lastPullAt || Date.now() - state.lastPullAt >= seconds * 1000) await getEngine().pull();
  if ((await db.outbox.count()) > 0) await getEngine().push();
  await compactAggregates(db, Date.now());
}

/** Entry point for the background: never throws into the worker's start. */
export function scheduleSync(): void {
  void startSync().catch((error) => console.error('lantern: start of sync failed', error));
}
