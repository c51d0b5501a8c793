import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalog } from '@lantern/shared';
import type { DecisionInput, Tool } from '@lantern/shared';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { push, usage } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

const decide = (toolId: string, over: Partial<DecisionInput> = {}): DecisionInput => ({
  toolId,
  status: 'review',
  enforcement: 'acknowledge',
  conditions: null,
  allowedDataClasses: [],
  alternativeToolId: null,
  ...over,
});

const orgTool: Tool = {
  id: 'org-zephyr-notes',
  name: 'Zephyr Notes',
  vendor: 'Acme',
  category: 'writing',
  domains: ['zephyr.acme.example'],
  urlPrefixes: [],
  apiEndpoints: [],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
  source: 'organisation',
  checked: '2026-11-01',
};

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
// More decisions than one page holds, spread over every status.
const tools = catalog.slice(0, 120).map((t) => t.id);
const STATUSES = ['approved', 'conditional', 'review', 'prohibited'] as const;

for (const dialect of dialects) {
  describe(`${dialect}: paged decisions and tool names for the dashboard`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.tools.create(orgTool);
      await admin.admin.decisions.setMany({
        decisions: [
          ...tools.map((id, i) =>
            decide(id, {
              status: STATUSES[i % 4]!,
              enforcement: i % 4 === 3 ? 'block' : i % 2 ? 'acknowledge' : 'inform',
            }),
          ),
          decide(orgTool.id, { status: 'approved', enforcement: 'inform' }),
        ],
      });
    });

    it('hands out the decisions one page at a time, sorted by tool name, with the total', async () => {
      const seen: string[] = [];
      for (let offset = 0; offset < 121; offset += 50) {
        const page = await admin.admin.decisions.page({ limit: 50, offset });
        expect(page.total).toBe(121);
        expect(page.rows.length).toBe(Math.min(50, 121 - offset));
        seen.push(...page.rows.map((r) => r.name));
      }
      expect(seen).toHaveLength(121);
      expect(seen).toEqual([...seen].sort((a, b) => byName.compare(a, b)));
      expect(seen).toContain('Zephyr Notes');
      expect(new Set(seen).size).toBeGreaterThan(115);
    });

    it('filters by status and by what the browser does, and searches names and ids', async () => {
      const prohibited = await admin.admin.decisions.page({ status: ['prohibited'], limit: 500 });
      expect(prohibited.total).toBe(30);
      expect(new Set(prohibited.rows.map((r) => `${r.status}/${r.enforcement}`))).toEqual(
        new Set(['prohibited/block']),
      );

      const informed = await admin.admin.decisions.page({ enforcement: ['inform'], limit: 500 });
      expect(informed.rows.every((r) => r.enforcement === 'inform')).toBe(true);
      expect(informed.total).toBe(61);

      const both = await admin.admin.decisions.page({
        status: ['approved', 'conditional'],
        enforcement: ['inform'],
        limit: 500,
      });
      expect(both.rows.map((r) => r.toolId)).toContain(orgTool.id);
      expect(both.rows.every((r) => r.status === 'approved' && r.enforcement === 'inform')).toBe(true);

      // The organisation's own tools are found by name, catalog tools by name or id, case-insensitively.
      expect((await admin.admin.decisions.page({ search: 'zEPHYR' })).rows).toMatchObject([
        { toolId: orgTool.id, name: 'Zephyr Notes' },
      ]);
      const first = catalog[0]!;
      const byToolName = await admin.admin.decisions.page({ search: first.name.toUpperCase() });
      expect(byToolName.rows.map((r) => r.toolId)).toContain(first.id);
      const byId = await admin.admin.decisions.page({ search: first.id });
      expect(byId.rows.map((r) => r.toolId)).toContain(first.id);
      expect((await admin.admin.decisions.page({ search: 'no tool is called this' })).total).toBe(0);
    });

    it('sorts by status, by enforcement and by when the decision was taken', async () => {
      const statuses = (await admin.admin.decisions.page({ sort: 'status', limit: 500 })).rows.map(
        (r) => r.status,
      );
      expect([...new Set(statuses)]).toEqual(['approved', 'conditional', 'review', 'prohibited']);
      const strictest = await admin.admin.decisions.page({ sort: 'enforcement', order: 'desc', limit: 1 });
      expect(strictest.rows[0]?.enforcement).toBe('block');

      await admin.admin.decisions.set(decide(tools[7]!, { status: 'approved', enforcement: 'monitor' }));
      const latest = await admin.admin.decisions.page({ sort: 'decidedAt', order: 'desc', limit: 1 });
      expect(latest.rows).toMatchObject([{ toolId: tools[7], enforcement: 'monitor' }]);
    });

    it("returns a selection's current decisions with the alternative's name and how many people use each", async () => {
      await admin.admin.decisions.set(
        decide('chatgpt', {
          status: 'prohibited',
          enforcement: 'block',
          conditions: 'Use the approved one',
          alternativeToolId: orgTool.id,
        }),
      );
      const d = await f.device('ada@example.com');
      await d.caller.sync.push(push([usage({ toolId: 'chatgpt' })]));
      const e = await f.device('bo@example.com');
      await e.caller.sync.push(push([usage({ toolId: 'chatgpt' })]));

      const picked = await admin.admin.decisions.page({ toolIds: ['chatgpt', orgTool.id, 'not-decided'] });
      expect(picked.total).toBe(2);
      const chatgpt = picked.rows.find((r) => r.toolId === 'chatgpt');
      expect(chatgpt).toMatchObject({
        name: 'ChatGPT',
        status: 'prohibited',
        conditions: 'Use the approved one',
        alternativeToolId: orgTool.id,
        alternativeName: 'Zephyr Notes',
        users: 2,
        decidedBy: expect.any(String),
        decidedAt: expect.any(Number),
      });
      expect(picked.rows.find((r) => r.toolId === orgTool.id)).toMatchObject({
        users: 0,
        alternativeName: null,
      });
    });

    it('lets an auditor page through decisions but refuses a page larger than 500', async () => {
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      await expect(auditor.admin.decisions.page({ limit: 10 })).resolves.toMatchObject({ total: 121 });
      await expect(auditor.admin.decisions.page({ limit: 501 })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      await expect(auditor.admin.decisions.page({ status: [] })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    });

    it('names tools by id without listing every organisation tool', async () => {
      const found = await admin.admin.tools.get({ ids: ['chatgpt', orgTool.id, 'nobody-knows', 'chatgpt'] });
      expect(found.map((x) => [x.id, x.name])).toEqual([
        ['chatgpt', 'ChatGPT'],
        [orgTool.id, 'Zephyr Notes'],
      ]);
    });
  });
}
