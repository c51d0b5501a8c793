import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { createLogger, startServer, type RunningServer } from '@lantern/server';
import { fixture, dialects } from '@lantern/server/testing';
import { useTestDatabase } from '@lantern/server/testing/use-database';
import { bearer, enrolInput, trpc } from './lib/attack-client';

/**
 * Finding 4 of the outside test: the limiter was keyed on whatever credential a request carried, so
 * a made-up `Authorization: Bearer` or `lantern_session` cookie brought a fresh bucket each time
 * (300 sign-in or enrolment guesses from one address, no 429). Now only a credential that resolves
 * (a live device token, API token or session) has its own bucket; anything else is limited by the
 * client address, whatever headers it carries.
 */
const CAPACITY = 5;
const made = () => randomBytes(24).toString('base64url');
const disguise = () => ({
  ...bearer(made()),
  cookie: `lantern_session=${made()}`,
  'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}`,
  'x-lantern-csrf': made(),
});

describe.each(dialects)('rate limit keys on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  let server: RunningServer;
  let device = '';
  let admin = '';
  let enrolment = '';

  beforeAll(async () => {
    const f = fixture(t);
    device = (await f.device('kept@example.com')).deviceToken;
    admin = await f.staffToken('admin');
    enrolment = await f.enrolmentToken();
    server = await startServer({
      database: t,
      port: 0,
      logger: createLogger({ level: 'silent' }),
      rateLimit: { capacity: CAPACITY, refillPerSecond: 0.001 },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('limits sign-in and enrolment guesses per address whatever credentials they make up', async () => {
    const signIn: number[] = [];
    for (let i = 0; i < 30; i++)
      signIn.push((await trpc(server.url, 'session.signIn', { token: made() }, disguise())).status);
    expect(signIn.slice(0, CAPACITY).every((s) => s === 401)).toBe(true);
    expect(signIn.slice(CAPACITY).every((s) => s === 429)).toBe(true);

    const enrol: number[] = [];
    for (let i = 0; i < 30; i++)
      enrol.push(
        (await trpc(server.url, 'device.enroll', enrolInput(made(), `g${i}@example.com`), disguise())).status,
      );
    expect(
      enrol.every((s) => s === 429),
      `statuses ${enrol.join(',')}`,
    ).toBe(true);
  });

  it('still serves callers whose credentials resolve, each from its own bucket', async () => {
    const pull = await trpc(
      server.url,
      'sync.pull',
      { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
      bearer(device),
    );
    expect(pull.status).toBe(200);
    const settings = await fetch(`${server.url}/trpc/admin.settings.get`, { headers: bearer(admin) });
    expect(settings.status).toBe(200);
    // The enrolment token's own allowance (enrolment-limit.ts) still admits a real enrolment from
    // an address that has spent its requests.
    const enrolled = await trpc(
      server.url,
      'device.enroll',
      enrolInput(enrolment, 'new@example.com'),
      disguise(),
    );
    expect(enrolled.status).toBe(200);
  });
});
