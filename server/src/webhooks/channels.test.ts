import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SettingError, readSmtp } from '../env';
import { dialects, type TestDatabase } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { approvalRequest, push } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { configureMail, mailFor } from './mail';
import { startReceiver } from '../../testing/webhooks/receiver';
import { startSmtp } from '../../testing/webhooks/smtp';
import { runDueDeliveries } from './worker';

/** Header lines unfolded (RFC 5322 folds long subjects). */
const unfold = (raw: string) => raw.replace(/\r\n[ \t]+/g, ' ');

const drain = async (t: TestDatabase) => {
  while ((await runDueDeliveries(t.db, { mail: mailFor(t.db) })) > 0);
};

for (const dialect of dialects) {
  describe(`${dialect}: Slack, Teams and email`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
      smtp = await startSmtp();
      configureMail(t.db, { url: smtp.url, from: 'Lantern <lantern@example.com>' });
    });
    afterEach(async () => {
      configureMail(t.db, null);
      await smtp.close();
    });

    it('posts Slack text and a Teams Adaptive Card for the same event', async () => {
      const slack = await startReceiver();
      const teams = await startReceiver();
      try {
        await admin.admin.webhooks.create({
          name: 'Slack',
          kind: 'slack',
          url: slack.url,
          events: ['policy.published'],
        });
        await admin.admin.webhooks.create({
          name: 'Teams',
          kind: 'teams',
          url: teams.url,
          events: ['policy.published'],
        });
        await admin.admin.policies.publish({ title: 'AI rules', body: 'Text.', changeSummary: null });
        await drain(t);
        expect(slack.received.map((r) => r.body)).toEqual([
          expect.objectContaining({ text: expect.stringContaining('test message') }),
          expect.objectContaining({ text: '*Lantern* AI policy version 1 published: AI rules' }),
        ]);
        const card = teams.received[1]!.body as {
          type: string;
          attachments: Array<{ contentType: string; content: { body: Array<{ text: string }> } }>;
        };
        expect(card.type).toBe('message');
        expect(card.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(card.attachments[0]!.content.body[1]!.text).toBe('AI policy version 1 published: AI rules');
      } finally {
        await slack.close();
        await teams.close();
      }
    });

    it('emails admins a new request and the employee the answer', async () => {
      await admin.admin.webhooks.create({
        name: 'Ops',
        kind: 'email',
        url: 'ops@example.com, ciso@example.com',
        events: ['request.created'],
      });
      expect(smtp.messages).toHaveLength(1); // the test send on save
      const ada = await f.device('ada@example.com');
      const request = approvalRequest({ toolId: 'claude' });
      await ada.caller.sync.push(push([request]));
      await drain(t);
      const toAdmins = smtp.messages[1]!;
      expect(toAdmins.to).toEqual(['ops@example.com', 'ciso@example.com']);
      expect(toAdmins.from).toBe('lantern@example.com');
      expect(unfold(toAdmins.raw)).toMatch(
        /Subject: \[Lantern\] New approval request .* for claude is waiting/,
      );
      expect(toAdmins.raw).not.toContain('ada@example.com');

      await admin.admin.requests.answer({ id: request.id, status: 'approved', note: null });
      await drain(t);
      const toAda = smtp.messages[2]!;
      expect(toAda.to).toEqual(['ada@example.com']);
      expect(unfold(toAda.raw)).toMatch(/Subject: \[Lantern\] Request .* for claude was approved/);
      expect(smtp.messages).toHaveLength(3);
    });

    it('does not email an anonymous employee, and refuses a dead SMTP server on save', async () => {
      const anon = await f.device(null);
      const request = approvalRequest();
      await anon.caller.sync.push(push([request]));
      await admin.admin.requests.answer({ id: request.id, status: 'denied', note: null });
      await drain(t);
      const d = await t.db.selectFrom('webhook_deliveries').select(['status', 'last_error']).execute();
      expect(d).toEqual([{ status: 'skipped', last_error: 'no address' }]);
      await smtp.close();
      await expect(
        admin.admin.webhooks.create({
          name: 'Ops',
          kind: 'email',
          url: 'ops@example.com',
          events: ['request.created'],
        }),
      ).rejects.toThrow(/test send to ops@example.com failed: .*ECONNREFUSED.*nothing was saved/);
      smtp = await startSmtp(); // afterEach closes it
    });
  });
}

describe('SMTP settings', () => {
  it('stops on a bad setting with one line naming it', () => {
    expect(readSmtp({})).toBeNull();
    expect(
      readSmtp({ SMTP_URL: 'smtps://u:p@mail.example.com', SMTP_FROM: 'Lantern <l@example.com>' }),
    ).toEqual({
      url: 'smtps://u:p@mail.example.com',
      from: 'Lantern <l@example.com>',
    });
    expect(() => readSmtp({ SMTP_URL: 'http://mail.example.com', SMTP_FROM: 'l@example.com' })).toThrow(
      new SettingError('SMTP_URL', 'must start with smtp:// or smtps://, not http://'),
    );
    expect(() => readSmtp({ SMTP_URL: 'smtp://mail.example.com' })).toThrow(/Invalid setting SMTP_FROM/);
    expect(() => readSmtp({ SMTP_FROM: 'l@example.com' })).toThrow(/Invalid setting SMTP_URL/);
  });
});
