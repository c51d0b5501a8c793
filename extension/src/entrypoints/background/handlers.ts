import { getDb } from '../../db/app-db';
import { getEnrolment, getSyncState } from '../../db/state';
import { enrolAndSync, currentManaged, ensureManagedEnrolment } from '../../enrol/enrolment-flows';
import { isManaged, readManagedSettings } from '../../enrol/managed';
import { handle } from '../../messaging/router';
import { getEngine, recordAndPush } from '../../sync/background-engine';
import { employeeError } from '../../i18n/errors';

/** The background's answers to the messages this module owns (see messaging/protocol.ts). */
export function registerCoreHandlers(): void {
  handle('queueEvent', async ({ event }) => {
    return { id: await recordAndPush(event) };
  });
  handle('syncNow', async () => {
    const push = await getEngine().push();
    const pull = await getEngine().pull();
    return { push, pull };
  });
  handle('enrol', async ({ serverUrl, enrollmentToken, userEmail }) => {
    await ensureManagedEnrolment();
    if (isManaged(currentManaged())) throw employeeError('error.managedSetting');
    const deviceId = await enrolAndSync({ serverUrl, enrollmentToken, userEmail, source: 'manual' });
    return { deviceId };
  });
  handle('getStatus', async () => {
    const db = getDb();
    const [enrolment, sync, queued, managed] = await Promise.all([
      getEnrolment(db),
      getSyncState(db),
      db.outbox.count(),
      readManagedSettings(),
    ]);
    return {
      enrolment: enrolment
        ? {
            status: enrolment.status,
            serverUrl: enrolment.serverUrl,
            userEmail: enrolment.userEmail,
            source: enrolment.source,
          }
        : null,
      managed: isManaged(managed.settings),
      sync: { ...sync, queued },
    };
  });
}
