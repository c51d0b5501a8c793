import { PROTOCOL_VERSION, uuidv7 } from '@lantern/shared';
import { createApiToken, createCaller, createEnrolmentToken, type RunningServer } from '@lantern/server';

const at = Date.UTC(2026, 10, 23, 9);

/** Valid inputs to mutate: a fuzzer that only sends junk never gets past the first check. */
const valid: Record<string, unknown> = {
  'device.enroll': {
    protocolVersion: PROTOCOL_VERSION,
    enrollmentToken: 'x'.repeat(43),
    userEmail: 'a@example.com',
    browser: 'chrome',
    browserVersion: '142',
    extensionVersion: '0.1.0',
  },
  'sync.push': {
    protocolVersion: PROTOCOL_VERSION,
    events: [
      {
        id: uuidv7(at),
        at,
        kind: 'usage',
        toolId: 'chatgpt',
        signal: 'visit',
        day: '2026-11-23',
        visits: 1,
        activeSeconds: 5,
      },
      {
        id: uuidv7(at + 1),
        at: at + 1,
        kind: 'registration',
        toolId: 'chatgpt',
        purposeCategory: 'drafting',
        purposeText: 'x',
        dataClasses: ['internal'],
        affectsPeople: false,
      },
    ],
  },
  'sync.pull': { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
  'session.signIn': { token: 'x'.repeat(43) },
  'admin.decisions.set': {
    toolId: 'chatgpt',
    status: 'approved',
    enforcement: 'inform',
    conditions: null,
    allowedDataClasses: ['internal'],
    alternativeToolId: null,
  },
  'admin.policies.publish': { title: 'Policy', body: '# Policy', changeSummary: 'first' },
  'admin.policies.get': { version: 1 },
  'admin.devices.revoke': { id: 'x' },
  'admin.tools.delete': { id: 'x' },
  'admin.audit.list': { limit: 10 },
  'admin.settings.update': { privacyMode: 'named' },
};

/** A device and an admin, and some data, so procedures have something to work on. */
export async function fuzzSeeds(server: RunningServer): Promise<{ device: string; admin: string }> {
  const admin = (await createApiToken(server.db, 'admin', 'fuzz')).token;
  const { token } = await createEnrolmentToken(server.db, { name: 'fuzz' });
  const anon = createCaller({ db: server.db, dialect: server.handle.dialect, auth: null });
  const device = await anon.device.enroll({
    ...(valid['device.enroll'] as Record<string, unknown>),
    enrollmentToken: token,
  } as never);
  return { device: device.deviceToken, admin };
}
fuzzSeeds.valid = valid;

/** Rows in every table: "nothing stored" made checkable. */
export function countRows(server: RunningServer): Promise<Record<string, number>> {
  return (async () => {
    const tables = await server.db.introspection.getTables();
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const row = await server.db
        .selectFrom(t.name as never)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      counts[t.name] = Number(row.n);
    }
    return counts;
  })();
}
