import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import type { DecisionInput } from '@lantern/shared';
import { verifyAll } from '../../audit/verify';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import {
  acknowledgement,
  approvalRequest,
  push,
  registration,
  selfReport,
  usage,
} from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

const decision: DecisionInput = {
  toolId: 'chatgpt',
  status: 'approved',
  enforcement: 'inform',
  conditions: null,
  allowedDataClasses: [],
  alternativeToolId: null,
};
const pull = (configVersion = 0) => ({ protocolVersion: PROTOCOL_VERSION, configVersion });

for (const dialect of dialects) {
  describe(`${dialect}: admin API`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
    });

    it('sends a decision to devices through a new config version', async () => {
      const d = await f.device();
      const before = await d.caller.sync.pull(pull());
      await admin.admin.decisions.set(decision);
      const after = await d.caller.sync.pull(pull(before.configVersion));
      expect(after.unchanged).toBe(false);
      if (!after.unchanged)
        expect(after.config.decisions).toMatchObject([{ toolId: 'chatgpt', status: 'approved' }]);
      expect(await admin.admin.decisions.history({ toolId: 'chatgpt' })).toHaveLength(1);
    });

    it('refuses a decision for a tool nobody knows', async () => {
      await expect(admin.admin.decisions.set({ ...decision, toolId: 'no-such-tool' })).rejects.toThrow(
        /unknown tool/,
      );
    });

    it('lets auditors read but not write', async () => {
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      await expect(auditor.admin.decisions.list()).resolves.toEqual([]);
      await expect(auditor.admin.decisions.set(decision)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('accepts acknowledgements only of a published policy text, and counts acceptances', async () => {
      const policy = await admin.admin.policies.publish({
        title: 'AI use',
        body: '# Rules\nBe careful.',
        changeSummary: null,
      });
      expect(policy).toMatchObject({ version: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const d = await f.device();
      await expect(d.caller.sync.push(push([acknowledgement(1, 'f'.repeat(64))]))).rejects.toThrow(
        /events\[0\]\.policySha256/,
      );
      await expect(d.caller.sync.push(push([acknowledgement(2, policy.sha256)]))).rejects.toThrow(
        /events\[0\]\.policyVersion/,
      );
      await d.caller.sync.push(push([acknowledgement(1, policy.sha256)]));
      // Counted among the people seen using AI tools (inventory/acceptance.ts): not yet, then once used.
      expect(await admin.admin.policies.list()).toMatchObject([{ version: 1, acceptedBy: 0, people: 0 }]);
      await d.caller.sync.push(push([usage()]));
      expect(await admin.admin.policies.list()).toMatchObject([{ version: 1, acceptedBy: 1, people: 1 }]);
      expect((await verifyAll(t.db)).map((r) => r.ok)).toEqual([true, true, true]);
    });

    it("delivers an answer to the requester's next pull", async () => {
      const d = await f.device();
      const request = approvalRequest();
      await d.caller.sync.push(push([request]));
      const first = await d.caller.sync.pull(pull());
      const list = await admin.admin.requests.list({ status: 'pending' });
      expect(list.rows).toMatchObject([{ id: request.id, toolId: 'claude', person: 'ada@example.com' }]);
      await admin.admin.requests.answer({ id: request.id, status: 'denied', note: 'Use ChatGPT Enterprise' });
      const next = await d.caller.sync.pull(pull(first.configVersion));
      if (next.unchanged) throw new Error('expected a new config');
      expect(next.config.requests).toMatchObject([
        { id: request.id, status: 'denied', note: 'Use ChatGPT Enterprise' },
      ]);
    });

    it('answers only the request of the device named when two devices used the same id', async () => {
      const [a, b] = [await f.device(), await f.device()];
      const request = approvalRequest();
      await a.caller.sync.push(push([request]));
      await b.caller.sync.push(push([request]));
      await expect(
        admin.admin.requests.answer({ id: request.id, status: 'approved', note: null }),
      ).rejects.toThrow(/pass deviceId/);
      const rows = (await admin.admin.requests.list({ status: 'pending' })).rows.filter(
        (r) => r.id === request.id,
      );
      expect(rows).toHaveLength(2);
      await admin.admin.requests.answer({
        id: request.id,
        deviceId: rows[0]!.deviceId,
        status: 'approved',
        note: null,
      });
      const after = await admin.admin.requests.list({ status: 'pending' });
      expect(after.rows.filter((r) => r.id === request.id)).toHaveLength(1);
    });

    it('queues a self-report until an admin accepts it into an organisation tool under review', async () => {
      const d = await f.device();
      const report = selfReport();
      await d.caller.sync.push(push([report]));
      expect(await admin.admin.tools.list()).toEqual([]);
      const queue = await admin.admin.reports.list({});
      expect(queue.rows).toMatchObject([
        { id: 'org-acme-writer', hostname: 'writer.acme.example', people: 1, status: 'open' },
      ]);
      expect((await admin.admin.requests.list({ status: 'pending' })).rows).toMatchObject([
        { id: report.id, toolId: 'org-acme-writer', kind: 'self_report' },
      ]);

      await admin.admin.reports.accept({ id: 'org-acme-writer' });
      expect(await admin.admin.tools.list()).toMatchObject([
        { id: 'org-acme-writer', domains: ['writer.acme.example'] },
      ]);
      expect(await admin.admin.decisions.list()).toMatchObject([
        { toolId: 'org-acme-writer', status: 'review' },
      ]);
      const pulled = await d.caller.sync.pull(pull());
      if (!pulled.unchanged) expect(pulled.config.tools.map((x) => x.id)).toEqual(['org-acme-writer']);
      await expect(admin.admin.reports.accept({ id: 'org-acme-writer' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
    });

    it('dismisses a reported tool: its requests are denied with the note, no tool is made', async () => {
      const d = await f.device();
      const report = selfReport({ name: 'Shady Bot', hostname: 'shady.example.net' });
      await d.caller.sync.push(push([report]));
      await admin.admin.reports.dismiss({ id: 'org-shady-bot', note: 'Use the approved assistant' });
      expect(await admin.admin.tools.list()).toEqual([]);
      expect((await admin.admin.requests.list({})).rows).toMatchObject([
        { id: report.id, status: 'denied', note: 'Use the approved assistant' },
      ]);
      expect((await admin.admin.reports.list({ status: 'dismissed' })).total).toBe(1);
    });

    it('builds the inventory from what devices pushed, with flags and coverage', async () => {
      const policy = await admin.admin.policies.publish({
        title: 'AI use',
        body: 'Rules',
        changeSummary: null,
      });
      // Today, by the clock and in the events: "active in the last 7 days" counts from when it happened.
      const at = Date.now();
      const today = new Date(at).toISOString().slice(0, 10);
      const a = await f.device('ada@example.com');
      const b = await f.device('bob@example.com');
      await a.caller.sync.push(
        push([usage({ day: today, at, visits: 4, activeSeconds: 100 }), acknowledgement(1, policy.sha256)]),
      );
      await b.caller.sync.push(
        push([
          usage({ day: today, at: at + 1, visits: 6, activeSeconds: 50 }),
          registration({ purposeCategory: 'recruitment-hr', dataClasses: ['personal'] }),
        ]),
      );
      const { rows, total } = await admin.admin.inventory.tools({ search: 'chatgpt' });
      expect(total).toBe(1);
      expect(rows[0]).toMatchObject({
        toolId: 'chatgpt',
        status: 'undecided',
        users: 2,
        devices: 2,
        visits7d: 10,
        activeSeconds30d: 150,
        coverage: 0.5,
        registrations: 1,
        purposes: { 'recruitment-hr': 1 },
        flags: { sensitiveData: true, annexIII: [4] },
      });
      await admin.admin.decisions.set(decision);
      expect((await admin.admin.inventory.tools({ flagged: true })).rows[0]?.flags.sensitiveData).toBe(false);
      const overview = await admin.admin.inventory.overview();
      expect(overview).toMatchObject({ activeUsers7d: 2, coverage: { accepted: 1, users: 2 } });
    });

    it('shows keyed pseudonyms instead of people in pseudonymous mode', async () => {
      const d = await f.device('carol@example.com');
      await d.caller.sync.push(push([usage()]));
      await admin.admin.settings.update({ privacyMode: 'pseudonymous' });
      const users = await admin.admin.inventory.users({});
      expect(users.rows[0]?.person).toMatch(/^person-[0-9a-f]{12}$/);
      expect(JSON.stringify(await admin.admin.devices.list({}))).not.toContain('carol');
    });

    it('records every admin change in a verifiable audit chain', async () => {
      await admin.admin.decisions.set(decision);
      await admin.admin.tokens.create({ role: 'auditor', name: 'Audit firm' });
      const log = await admin.admin.audit.list({});
      expect(log.map((e) => e.action)).toEqual(['token.create', 'decision.set']);
      expect(await admin.admin.audit.verify()).toMatchObject([
        { ok: true },
        { ok: true, records: 2 },
        { ok: true, chain: 'literacy_completions' },
      ]);
    });
  });
}
