import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { acknowledgement, approvalRequest, push, registration, usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { checkCoverage, policyCoverage } from './coverage';
import { emitDailyDigest } from './digest';
import { runHousekeeping } from './housekeeping';
import { configureMail, mailFor } from './mail';
import { OUTBOX_RETENTION_MS, pruneOutbox } from './prune';
import { newSecret } from './repository';
import { EXAMPLES, shapeOf } from '../../testing/webhooks/examples';
import { startReceiver } from '../../testing/webhooks/receiver';
import { startSmtp } from '../../testing/webhooks/smtp';
import { runDueDeliveries } from './worker';

for (const dialect of dialects) {
  describe(`${dialect}: outbox housekeeping`, () => {
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

    const count = async (table: 'webhook_events' | 'webhook_deliveries' | 'webhook_attempts') =>
      (await t.db.selectFrom(table).selectAll().execute()).length;

    it('prunes delivered events after the retention period, and keeps pending and failed ones', async () => {
      await admin.admin.webhooks.create({
        name: 'SIEM',
        kind: 'standard',
        url: rx.url,
        events: ['policy.published'],
        secret,
      });
      await admin.admin.policies.publish({ title: 'P', body: 'One.', changeSummary: null });
      while ((await runDueDeliveries(t.db, { mail: null })) > 0);
      expect(rx.received.map((r) => r.type)).toEqual(['webhook.test', 'policy.published']);
      const delivered = await count('webhook_events');
      expect(delivered).toBeGreaterThan(0);
      // A failing endpoint: its delivery fails for good (no retries in this schedule).
      await admin.admin.webhooks.create({
        name: 'Dead',
        kind: 'standard',
        url: rx.url,
        events: ['policy.published'],
        secret,
      });
      await rx.close();
      await admin.admin.policies.publish({ title: 'P', body: 'Two.', changeSummary: null });
      while ((await runDueDeliveries(t.db, { mail: null, schedule: [] })) > 0);
      const before = await count('webhook_events');

      // Within the retention nothing goes; after it, only the events that were fully delivered.
      expect(await pruneOutbox(t.db, Date.now())).toBe(0);
      const pruned = await pruneOutbox(t.db, Date.now() + OUTBOX_RETENTION_MS + 1000);
      expect(pruned).toBeGreaterThan(0);
      const left = await t.db.selectFrom('webhook_deliveries').select(['status']).execute();
      expect(left.length).toBeGreaterThan(0);
      expect(left.every((d) => d.status === 'failed')).toBe(true);
      expect(await count('webhook_events')).toBe(before - pruned);
      const orphans = await t.db
        .selectFrom('webhook_attempts')
        .leftJoin('webhook_deliveries', 'webhook_deliveries.id', 'webhook_attempts.delivery_id')
        .select('webhook_deliveries.id')
        .where('webhook_deliveries.id', 'is', null)
        .execute();
      expect(orphans).toEqual([]);
    });

    it('sends coverage.below_threshold once per crossing, and again after coverage recovered and fell', async () => {
      await admin.admin.webhooks.create({
        name: 'GRC',
        kind: 'standard',
        url: rx.url,
        events: ['coverage.below_threshold'],
        secret,
      });
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      // Coverage is a share of the people seen using an AI tool (inventory/acceptance.ts).
      await ada.caller.sync.push(push([usage()]));
      await bob.caller.sync.push(push([usage()]));
      const v1 = await admin.admin.policies.publish({ title: 'P', body: 'One.', changeSummary: null });
      // No threshold set: nothing, whatever the coverage.
      expect(await checkCoverage(t.db, Date.now())).toBeNull();
      await admin.admin.settings.update({ coverageThresholdPercent: 80 });
      await ada.caller.sync.push(push([acknowledgement(v1.version, v1.sha256)]));
      expect(await policyCoverage(t.db)).toMatchObject({ activePeople: 2, accepted: 1, share: 0.5 });

      expect(await checkCoverage(t.db, Date.now())).toEqual(expect.any(String));
      expect(await checkCoverage(t.db, Date.now())).toBeNull(); // still below: no second event
      await bob.caller.sync.push(push([acknowledgement(v1.version, v1.sha256)]));
      expect(await checkCoverage(t.db, Date.now())).toBeNull(); // recovered
      const v2 = await admin.admin.policies.publish({ title: 'P', body: 'Two.', changeSummary: null });
      expect(v2.version).toBe(2);
      expect(await checkCoverage(t.db, Date.now())).toEqual(expect.any(String)); // fell again

      while ((await runDueDeliveries(t.db, { mail: null })) > 0);
      const got = rx.received.filter((r) => r.type === 'coverage.below_threshold');
      const data = got
        .map((r) => (r.body as { data: { policyVersion: number } }).data)
        .sort((x, y) => x.policyVersion - y.policyVersion);
      expect(data).toMatchObject([
        { policyVersion: 1, coveragePercent: 50, thresholdPercent: 80, acceptedPeople: 1, activePeople: 2 },
        { policyVersion: 2, coveragePercent: 0, thresholdPercent: 80, acceptedPeople: 0, activePeople: 2 },
      ]);
      for (const r of got)
        expect(shapeOf((r.body as { data: Record<string, unknown> }).data)).toEqual(
          shapeOf(EXAMPLES['coverage.below_threshold'].data),
        );
    });
  });
}

for (const dialect of dialects) {
  describe(`${dialect}: the daily digest email`, () => {
    const t = useTestDatabase(dialect, { reset: false });
    let f: ReturnType<typeof fixture>;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    beforeAll(async () => {
      f = fixture(t);
      smtp = await startSmtp();
      configureMail(t.db, { url: smtp.url, from: 'Lantern <lantern@example.com>' });
    });
    afterAll(async () => {
      configureMail(t.db, null);
      await smtp.close();
    });

    it('emails the admins once a day with new tools, waiting requests and flags, never twice', async () => {
      const admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.webhooks.create({
        name: 'Admins',
        kind: 'email',
        url: 'it@example.com',
        events: ['digest.daily'],
      });
      expect(smtp.messages).toHaveLength(1); // the test send on save
      const ada = await f.device('ada@example.com');
      await ada.caller.sync.push(
        push([
          usage({ toolId: 'perplexity', at: Date.now(), day: new Date().toISOString().slice(0, 10) }),
          approvalRequest({ toolId: 'claude' }),
          registration({
            toolId: 'perplexity',
            purposeCategory: 'recruitment-hr',
            dataClasses: ['personal'],
          }),
        ]),
      );
      // At most 23:00 UTC of today, so that the call half an hour later falls on the same UTC day whatever
      // the wall clock says (this run at 23:40 UTC once made that call a new day's digest). The digest
      // counts from 24 hours before `now` onwards, so the push just made is still in it.
      const dayMs = 86_400_000;
      const now = Math.min(Date.now(), Math.floor(Date.now() / dayMs) * dayMs + dayMs - 3_600_000);
      expect(await emitDailyDigest(t.db, now)).toEqual(expect.any(String));
      // Later the same day, or after a restart (a fresh call, nothing kept in memory): nothing new.
      expect(await emitDailyDigest(t.db, now + 3_600_000 * 0.5)).toBeNull();
      await runHousekeeping(t.db, now + 60_000);
      while ((await runDueDeliveries(t.db, { mail: mailFor(t.db) })) > 0);
      expect(smtp.messages).toHaveLength(2);
      const mail = smtp.messages[1]!;
      expect(mail.to).toEqual(['it@example.com']);
      // Unfolded headers, and the quoted-printable body's soft line breaks joined.
      const text = mail.raw.replace(/=\r\n/g, '').replace(/\r\n[ \t]+/g, ' ');
      expect(text).toMatch(
        /Subject: \[Lantern\] Daily digest for \d{4}-\d{2}-\d{2}: 1 new tools, 1 requests waiting/,
      );
      expect(text).toContain('New AI tools in use (last 24 h): 1 (perplexity)');
      expect(text).toContain('Registrations in an EU AI Act Annex III area (last 24 h): 1');
      expect(text).toContain('Registrations naming personal or special-category data (last 24 h): 1');
      expect(text).not.toContain('ada@example.com');
      // The next day brings the next digest.
      expect(await emitDailyDigest(t.db, now + 86_400_000)).toEqual(expect.any(String));
    });
  });
}
