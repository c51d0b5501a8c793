import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '@lantern/shared';
import { writeCheckpoints } from '../audit/checkpoints';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { approvalRequest, push, registration, usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { EXAMPLES, SENSITIVE_FLAG_EXAMPLE, shapeOf } from '../../testing/webhooks/examples';
import { startReceiver } from '../../testing/webhooks/receiver';
import { newSecret } from './repository';
import { RETRY_SCHEDULE_MS, runDueDeliveries } from './worker';

const today = new Date().toISOString().slice(0, 10);

describe('retry schedule', () => {
  it('keeps trying for at least 24 hours', () => {
    expect(RETRY_SCHEDULE_MS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(24 * 3_600_000);
  });
});

for (const dialect of dialects) {
  describe(`${dialect}: webhooks end to end`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    let rx: Awaited<ReturnType<typeof startReceiver>>;
    const secret = newSecret();
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
      rx = await startReceiver(secret);
    });
    afterEach(async () => rx.close());

    const subscribeAll = () =>
      admin.admin.webhooks.create({
        name: 'SIEM',
        kind: 'standard',
        url: rx.url,
        events: [...WEBHOOK_EVENT_TYPES],
        secret,
      });

    it('delivers every event kind, signed, with the documented fields and no personal data', async () => {
      await subscribeAll();
      expect(rx.received.map((r) => r.type)).toEqual(['webhook.test']);
      const d = await f.device('ada@example.com');
      const request = approvalRequest({ toolId: 'claude' });
      await d.caller.sync.push(
        push([
          usage({ toolId: 'chatgpt', day: today }),
          registration({ toolId: 'chatgpt', purposeCategory: 'recruitment-hr', dataClasses: ['personal'] }),
          request,
        ]),
      );
      // A second push of a known tool is not a discovery.
      await d.caller.sync.push(push([usage({ toolId: 'chatgpt', day: today })]));
      await admin.admin.requests.answer({ id: request.id, status: 'approved', note: 'ok for Ada' });
      await admin.admin.policies.publish({ title: 'AI policy', body: 'Be careful.', changeSummary: null });
      await writeCheckpoints(t.db);
      while ((await runDueDeliveries(t.db, { mail: null })) > 0);

      const got = rx.received.filter((r) => r.type !== 'webhook.test');
      const types = got.map((r) => r.type).sort();
      expect(types).toEqual(
        [
          'audit.checkpoint',
          'audit.checkpoint',
          'flag.raised',
          'flag.raised',
          'policy.published',
          'request.answered',
          'request.created',
          'tool.discovered',
        ].sort(),
      );
      // One discovery: chatgpt's usage (a request alone is not use of a tool).
      expect(got.find((r) => r.type === 'tool.discovered')!.body).toMatchObject({
        data: { toolId: 'chatgpt' },
      });
      for (const r of got) {
        const body = r.body as { type: string; data: Record<string, unknown>; timestamp: string };
        const example =
          body.type === 'flag.raised' && body.data.reason === 'sensitive-data'
            ? SENSITIVE_FLAG_EXAMPLE
            : EXAMPLES[body.type as keyof typeof EXAMPLES];
        expect(shapeOf(body.data), body.type).toEqual(shapeOf(example.data));
        expect(r.id).toMatch(/^msg_[0-9a-f]{32}$/);
        expect(JSON.stringify(body)).not.toContain('ada@example.com');
        expect(JSON.stringify(body)).not.toContain('ok for Ada');
      }
      const answered = got.find((r) => r.type === 'request.answered')!.body as {
        data: Record<string, unknown>;
      };
      expect(answered.data).toMatchObject({ requestId: request.id, status: 'approved', toolId: 'claude' });
      expect(new Set(got.map((r) => r.id)).size).toBe(got.length);
      // The secret is never listed nor audited.
      expect(JSON.stringify(await admin.admin.webhooks.list())).not.toContain(secret);
      expect(JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute())).not.toContain(secret);
    });

    it('writes no event for a change that rolled back', async () => {
      await subscribeAll();
      await expect(
        admin.admin.requests.answer({ id: 'nope', status: 'approved', note: null }),
      ).rejects.toThrow(/no request/);
      expect(await t.db.selectFrom('webhook_events').selectAll().execute()).toEqual([]);
    });

    it('keeps an event through a killed receiver and redelivers it with the same id', async () => {
      await subscribeAll();
      await admin.admin.policies.publish({ title: 'v1', body: 'Text.', changeSummary: null });
      rx.setMode('kill');
      let now = Date.now();
      expect(await runDueDeliveries(t.db, { mail: null, now: () => now })).toBe(1);
      rx.setMode('fail');
      expect(await runDueDeliveries(t.db, { mail: null, now: () => now })).toBe(0); // not due yet
      now += 5_000;
      await runDueDeliveries(t.db, { mail: null, now: () => now });
      expect(rx.requests).toBe(3); // test send, killed, 503
      rx.setMode('ok');
      now += 30_000;
      await runDueDeliveries(t.db, { mail: null, now: () => now });
      const policy = rx.received.filter((r) => r.type === 'policy.published');
      expect(policy).toHaveLength(1);
      const event = await t.db.selectFrom('webhook_events').select('id').executeTakeFirstOrThrow();
      expect(policy[0]!.id).toBe(event.id);
      const [endpoint] = (await admin.admin.webhooks.list()).endpoints;
      const log = await admin.admin.webhooks.deliveries({ id: endpoint!.id });
      expect(log[0]).toMatchObject({ status: 'delivered', attempts: 3 });
      expect(log[0]!.tries.map((x) => x.statusCode)).toEqual([null, 503, 204]);

      // Replay sends the same event again, with the same webhook-id.
      await admin.admin.webhooks.replay({ id: log[0]!.id });
      await runDueDeliveries(t.db, { mail: null, now: () => now });
      expect(rx.received.filter((r) => r.type === 'policy.published').map((r) => r.id)).toEqual([
        event.id,
        event.id,
      ]);
    });

    it('disables an endpoint after persistent failure, and sends nothing to it afterwards', async () => {
      const { id } = await subscribeAll();
      await admin.admin.policies.publish({ title: 'v1', body: 'Text.', changeSummary: null });
      rx.setMode('fail');
      let now = Date.now();
      for (let i = 0; i < 3; i++) {
        await runDueDeliveries(t.db, { mail: null, now: () => now, schedule: [10, 10] });
        now += 10;
      }
      const [endpoint] = (await admin.admin.webhooks.list()).endpoints;
      expect(endpoint).toMatchObject({ id, enabled: false });
      expect(endpoint!.disabledReason).toMatch(/after 3 failed tries.*HTTP 503/);
      await admin.admin.policies.publish({ title: 'v2', body: 'Text.', changeSummary: null });
      expect(await t.db.selectFrom('webhook_events').selectAll().execute()).toHaveLength(1);
      const audit = await t.db.selectFrom('audit_log').select('action').execute();
      expect(audit.map((a) => a.action)).toContain('webhook.create');
    });

    it('refuses a bad endpoint on save with a clear error and saves nothing', async () => {
      rx.setMode('fail');
      await expect(subscribeAll()).rejects.toThrow(/test send to .* failed: HTTP 503; nothing was saved/);
      await expect(
        admin.admin.webhooks.create({
          name: 'x',
          kind: 'standard',
          url: 'file:///etc/passwd',
          events: ['flag.raised'],
        }),
      ).rejects.toThrow(/must be http\(s\), not file:/);
      await expect(
        admin.admin.webhooks.create({
          name: 'x',
          kind: 'slack',
          url: 'https://u:p@hooks.example.com/x',
          events: ['flag.raised'],
        }),
      ).rejects.toThrow(/must not contain a user name or password/);
      const gone = await startReceiver();
      await gone.close();
      await expect(
        admin.admin.webhooks.create({ name: 'x', kind: 'slack', url: gone.url, events: ['flag.raised'] }),
      ).rejects.toThrow(/failed: .*ECONNREFUSED/);
      await expect(
        admin.admin.webhooks.create({
          name: 'x',
          kind: 'email',
          url: 'ops@example.com',
          events: ['flag.raised'],
        }),
      ).rejects.toThrow(/email is not configured \(set SMTP_URL and SMTP_FROM\)/);
      rx.setMode('redirect');
      await expect(subscribeAll()).rejects.toThrow(/failed: HTTP 307; nothing was saved/);
      expect((await admin.admin.webhooks.list()).endpoints).toEqual([]);
    });
  });
}
