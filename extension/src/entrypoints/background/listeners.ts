import { flushDetections, refreshFocus, registerDetectionListeners } from '../../detect/watch';
import { scanExtensions } from '../../detect/extension-scan';
import { setClassifierSources } from '../../detect/classifier-store';
import { classifierSourcesOf } from '../../detect/stored-sources';
import { getDb } from '../../db/app-db';
import { getEnrolment } from '../../db/state';
import { ensureManagedEnrolment, registerVerifiedEnrolmentListener } from '../../enrol/enrolment-flows';
import { startMessageRouter } from '../../messaging/router';
import { ensureAlarms } from '../../sync/schedule';
import { ALARMS, getEngine, onConfigChanged } from '../../sync/background-engine';
import { pullSeconds, startSync } from '../../sync/start';
import { openWelcomeIfUnconnected } from '../../enrol/welcome';
import { applyOrgLocale } from '../../i18n/org-locale';
import { registerCoreHandlers } from './handlers';

const log = (what: string) => (error: unknown) => console.error(`lantern: ${what} failed`, error);

/**
 * The minute tick: close the running active-time segment, flush counts, retry a pending managed
 * enrolment, push what is queued, and re-check installed extensions (a cheap local call that only
 * queues an event when the set changed or a new day began).
 */
async function tick(): Promise<void> {
  await refreshFocus().catch(log('focus check'));
  await flushDetections();
  const enrolment = await getEnrolment(getDb());
  if (!enrolment) await ensureManagedEnrolment();
  await getEngine().push();
  await scanExtensions();
}

/** Every listener, registered synchronously during the worker's first turn so events wake it. */
export function registerListeners(): void {
  startMessageRouter();
  registerCoreHandlers();
  registerDetectionListeners();
  registerVerifiedEnrolmentListener();
  onConfigChanged(async (config) => {
    // The stored release (if newer than the bundled catalog), overrides and org tools, from IndexedDB.
    // First, so the navigations right after a pull are classified with them. (At the worker's start
    // the first classifier already waits for them: background/index.ts, `setStoredSourcesLoader`.)
    await setClassifierSources(await classifierSourcesOf(getDb(), config));
    // Before the listeners after this one (answer notifications), so they speak the organisation's language.
    await applyOrgLocale(config.settings.locale);
    await ensureAlarms(await pullSeconds());
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARMS.tick) void tick().catch(log('tick'));
    else if (alarm.name === ALARMS.pull) void getEngine().pull().catch(log('pull'));
    else if (alarm.name === ALARMS.retry) void getEngine().push().catch(log('push'));
  });
  // Policy can arrive or change after start (Chrome refreshes machine policy while running).
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void startSync().catch(log('managed settings change'));
  });
  // Firefox's event page announces its unload; flush the counts still in memory. (Chrome's service
  // worker may stop without notice: there the 15 s flush window bounds what can be lost.)
  browser.runtime.onSuspend?.addListener(() => void flushDetections().catch(log('flush on suspend')));
  browser.runtime.onInstalled.addListener(() => void scanExtensions().catch(log('extension scan')));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcomeIfUnconnected().catch(log('welcome page'));
  });
  browser.runtime.onStartup.addListener(() => void scanExtensions().catch(log('extension scan')));
}
