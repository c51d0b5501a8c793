import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { revokeDevice } from '../db/repositories/devices.repository';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { ENROL, embedded, push, registration, usage } from '../../testing/events';
import { uuidv7 } from '@lantern/shared';
import { fixture } from '../../testing/fixture';

for (const dialect of dialects) {
  describe(`${dialect}: device.enroll, sync.push, sync.pull`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    beforeAll(async () => {
      f = fixture(t);
    });

    it('enrols with a valid token and stores only the hash of the device token', async () => {
      const d = await f.device();
      expect(d.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const row = await t.db
        .selectFrom('devices')
        .selectAll()
        .where('id', '=', d.deviceId)
        .executeTakeFirstOrThrow();
      expect(row.token_hash).not.toContain(d.deviceToken);
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('refuses an unknown or used-up enrolment token', async () => {
      await expect(
        f.anonymous.device.enroll({ ...ENROL, enrollmentToken: 'x'.repeat(43) }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      const once = await f.enrolmentToken({ maxUses: 1 });
      await f.anonymous.device.enroll({ ...ENROL, enrollmentToken: once });
      await expect(f.anonymous.device.enroll({ ...ENROL, enrollmentToken: once })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    });

    it('gives two devices with the same email one user, and each anonymous device its own', async () => {
      await f.device('Ada@Example.com');
      await f.device('ada@example.com');
      await f.device(null);
      await f.device(null);
      const users = await t.db.selectFrom('users').select('email').execute();
      expect(users.filter((u) => u.email === 'ada@example.com')).toHaveLength(1);
      expect(users.filter((u) => u.email === null)).toHaveLength(2);
    });

    it('stores a batch once: the same batch again changes nothing and reports duplicates', async () => {
      const d = await f.device();
      const batch = [usage({ visits: 3, activeSeconds: 100 }), registration()];
      const first = await d.caller.sync.push(push(batch));
      expect(first).toMatchObject({ stored: batch.map((e) => e.id), duplicates: 0 });
      const snapshot = async () => ({
        usage: await t.db.selectFrom('usage_days').selectAll().execute(),
        toolDays: await t.db.selectFrom('tool_days').selectAll().execute(),
        regs: await t.db.selectFrom('registrations').selectAll().execute(),
      });
      const before = await snapshot();
      const second = await d.caller.sync.push(push(batch));
      expect(second).toMatchObject({ stored: batch.map((e) => e.id), duplicates: 2 });
      expect(await snapshot()).toEqual(before);
    });

    it('keeps the larger day total and adds only the growth to the tool aggregate', async () => {
      const d = await f.device();
      await d.caller.sync.push(push([usage({ visits: 5, activeSeconds: 300 })]));
      await d.caller.sync.push(push([usage({ visits: 2, activeSeconds: 400 })]));
      await d.caller.sync.push(push([usage({ visits: 7, activeSeconds: 10 })]));
      const day = await t.db.selectFrom('tool_days').selectAll().executeTakeFirstOrThrow();
      expect({ visits: day.visits, active: day.active_seconds }).toEqual({ visits: 7, active: 400 });
    });

    it('refuses a batch with one invalid event whole, naming the event and the field', async () => {
      const d = await f.device();
      const bad = { ...usage(), url: 'https://chatgpt.com/c/1?q=secret' };
      const call = d.caller.sync.push(push([usage(), registration(), bad]));
      await expect(call).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(call).rejects.toThrow(/events\[2\]/);
      await expect(call).rejects.toThrow(/url/);
      expect(await t.db.selectFrom('seen_events').selectAll().execute()).toEqual([]);
      expect(await t.db.selectFrom('usage_days').selectAll().execute()).toEqual([]);
    });

    it('refuses a tool id that is neither in the catalog nor an organisation tool, naming the event', async () => {
      const d = await f.device();
      const call = d.caller.sync.push(push([usage(), usage({ toolId: 'no-such-tool' })]));
      await expect(call).rejects.toThrow(/events\[1\]\.toolId: unknown tool id/);
      expect(await t.db.selectFrom('seen_events').selectAll().execute()).toEqual([]);
    });

    it('records embedded AI, extension snapshots, justifications and withdrawals', async () => {
      const d = await f.device();
      const at = Date.now();
      const ext = (id: string, extensions: unknown[], when: number) => ({
        id,
        at: when,
        kind: 'extension_inventory',
        extensions,
      });
      const copilotExt = {
        extensionId: 'abcdefghijklmnopabcdefghijklmnop',
        toolId: 'github-copilot',
        name: 'Copilot',
        enabled: true,
      };
      await d.caller.sync.push(
        push([
          embedded({ requests: 3 }),
          embedded({ requests: 2 }),
          ext(uuidv7(at), [copilotExt], at),
          ext(uuidv7(at - 5000), [], at - 5000),
          { id: uuidv7(at), at, kind: 'justification', toolId: 'chatgpt', reason: 'Customer deadline' },
          registration({ at: at - 10 }),
          { id: uuidv7(at), at, kind: 'registration_withdrawal', toolId: 'chatgpt' },
        ]),
      );
      const site = await t.db.selectFrom('embedded_sites').selectAll().executeTakeFirstOrThrow();
      expect({ host: site.initiator_host, requests: Number(site.requests) }).toEqual({
        host: 'crm.example.com',
        requests: 3,
      });
      // The older, empty snapshot arrived later but does not replace the newer one.
      expect(await t.db.selectFrom('device_extensions').select('tool_id').execute()).toEqual([
        { tool_id: 'github-copilot' },
      ]);
      const signals = await t.db
        .selectFrom('tool_signals')
        .select(['tool_id', 'signal'])
        .orderBy('tool_id')
        .execute();
      expect(signals).toEqual([
        { tool_id: 'github-copilot', signal: 'extension' },
        { tool_id: 'openai-platform', signal: 'embedded' },
      ]);
      expect(await t.db.selectFrom('justifications').select('reason').execute()).toEqual([
        { reason: 'Customer deadline' },
      ]);
      const current = await t.db
        .selectFrom('current_registrations')
        .select('withdrawn')
        .executeTakeFirstOrThrow();
      expect(current.withdrawn).toBe(1);
      expect(await t.db.selectFrom('registrations').selectAll().execute()).toHaveLength(2);
    });

    it("keeps each device's records apart even when two devices use the same event id", async () => {
      const alice = await f.device('alice@example.com');
      const mallory = await f.device('mallory@example.com');
      const shared = registration({ purposeText: 'Alice drafts memos' });
      await mallory.caller.sync.push(push([{ ...shared, purposeText: 'Mallory got here first' }]));
      await expect(alice.caller.sync.push(push([shared]))).resolves.toMatchObject({
        stored: [shared.id],
        duplicates: 0,
      });
      const rows = await t.db
        .selectFrom('registrations')
        .select(['device_id', 'purpose_text'])
        .where('id', '=', shared.id)
        .execute();
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.device_id === alice.deviceId)?.purpose_text).toBe('Alice drafts memos');
    });

    it('refuses another protocol version with the schema message', async () => {
      const d = await f.device();
      await expect(d.caller.sync.pull({ protocolVersion: 2, configVersion: 0 } as never)).rejects.toThrow(
        /unsupported protocol version/,
      );
    });

    it('answers a pull with the current version cheaply as unchanged', async () => {
      const d = await f.device();
      const full = await d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
      expect(full.unchanged).toBe(false);
      if (full.unchanged) return;
      expect(full.config.settings).toEqual({ privacyMode: 'named', pullIntervalSeconds: 300 });
      const again = await d.caller.sync.pull({
        protocolVersion: PROTOCOL_VERSION,
        configVersion: full.configVersion,
      });
      expect(again).toEqual({
        protocolVersion: PROTOCOL_VERSION,
        unchanged: true,
        configVersion: full.configVersion,
      });
    });

    it('locks out a revoked device at once', async () => {
      const d = await f.device();
      await d.caller.sync.push(push([usage()]));
      await revokeDevice(t.db, d.deviceId, Date.now());
      const fresh = await f.callerFor(d.deviceToken);
      await expect(fresh.sync.push(push([usage()]))).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      await expect(d.caller.sync.push(push([usage()]))).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    });
  });
}
