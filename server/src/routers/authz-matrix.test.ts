import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import type { Principal } from '../context';
import { revokeDevice } from '../db/repositories/devices.repository';
import { useTestDatabase } from '../../testing/use-database';
import { approvalRequest, push } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { appRouter } from './_app';

type Who = 'nobody' | 'device' | 'revoked device' | 'auditor' | 'admin';
type Access = 'public' | 'device' | 'staff read' | 'admin write' | 'staff session';

/** Who may call what. A procedure missing here fails the test, so new procedures must be classified. */
function accessOf(path: string, type: string): Access {
  if (path === 'device.enroll' || path === 'session.signIn') return 'public';
  if (path.startsWith('sync.')) return 'device';
  if (path === 'session.me') return 'staff read';
  if (path === 'session.signOut') return 'staff session';
  // A person's full data export (GDPR Art. 15) is a read, but hands out one person's data in bulk: admins only.
  if (path === 'admin.people.export') return 'admin write';
  if (path.startsWith('admin.')) return type === 'query' ? 'staff read' : 'admin write';
  throw new Error(`unclassified procedure ${path}`);
}

function allowed(access: Access, who: Who): 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' {
  switch (access) {
    case 'public':
      return 'ok';
    case 'device':
      return who === 'device' ? 'ok' : 'UNAUTHORIZED';
    case 'staff read':
    case 'staff session':
      return who === 'auditor' || who === 'admin' ? 'ok' : 'UNAUTHORIZED';
    case 'admin write':
      return who === 'admin' ? 'ok' : who === 'auditor' ? 'FORBIDDEN' : 'UNAUTHORIZED';
  }
}

describe('authorisation matrix: every procedure × every kind of caller', () => {
  const t = useTestDatabase('sqlite', { reset: false });
  const principals = {} as Record<Who, Principal | null>;
  let f: ReturnType<typeof fixture>;

  beforeAll(async () => {
    f = fixture(t);
    const device = await f.device();
    const revoked = await f.device('revoked@example.com');
    const revokedAuth = await f.authFor(revoked.deviceToken);
    await revokeDevice(t.db, revoked.deviceId, Date.now());
    principals.nobody = null;
    principals.device = await f.authFor(device.deviceToken);
    // Resolved after revocation, as the HTTP layer would on the next request: nobody.
    principals['revoked device'] = await f.authFor(revoked.deviceToken);
    expect(revokedAuth?.kind).toBe('device');
    expect(principals['revoked device']).toBeNull();
    principals.auditor = await f.authFor(await f.staffToken('auditor'));
    principals.admin = await f.authFor(await f.staffToken('admin'));
  });

  const procedures = Object.entries(
    // The router's typed procedure map, seen only through the one field this test needs.
    appRouter._def.procedures as unknown as Record<string, unknown> as Record<
      string,
      { _def: { type: string } }
    >,
  );

  it('covers the whole router', () => {
    expect(procedures.length).toBeGreaterThan(35);
  });

  for (const [path, proc] of procedures) {
    for (const who of ['nobody', 'device', 'revoked device', 'auditor', 'admin'] as const) {
      it(`${path} as ${who}`, async () => {
        const expected = allowed(accessOf(path, proc._def.type), who);
        const caller = f.as(principals[who]) as unknown as Record<string, unknown>;
        const fn = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
          i: unknown,
        ) => Promise<unknown>;
        // No input: an allowed caller gets past authorisation and fails (if at all) on validation.
        const outcome = await fn(undefined).then(
          () => 'ok',
          (e: unknown) => (e instanceof TRPCError ? e.code : 'crash'),
        );
        if (expected === 'ok') expect(['ok', 'BAD_REQUEST', 'NOT_FOUND']).toContain(outcome);
        else expect(outcome).toBe(expected);
      });
    }
  }

  it("never shows a device another user's requests", async () => {
    const a = await f.device('a@example.com');
    const b = await f.device('b@example.com');
    await a.caller.sync.push(push([approvalRequest()]));
    const pulled = await b.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
    if (pulled.unchanged) throw new Error('expected a full config');
    expect(pulled.config.requests).toEqual([]);
  });
});
