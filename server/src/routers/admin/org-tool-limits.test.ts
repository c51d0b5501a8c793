import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS, PROTOCOL_VERSION, PullOutputSchema, catalog } from '@lantern/shared';
import type { DecisionInput, Tool } from '@lantern/shared';
import { dialects, type TestDatabase } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
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

const orgTool = (n: number, over: Partial<Tool> = {}): Tool => ({
  id: `org-tool-${n}`,
  name: `Internal tool ${n}`,
  vendor: 'Acme',
  category: 'other',
  domains: [`tool-${n}.acme.example`],
  urlPrefixes: [],
  apiEndpoints: [],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
  source: 'organisation',
  checked: '2026-11-01',
  ...over,
});

/** Security finding 2 (issue 23): bounded organisation tools and decisions, decisions deletable. */
for (const dialect of dialects) {
  describe(`${dialect}: organisation tools and decisions are bounded and deletable`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
    });

    const audit = async () =>
      (await t.db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map((r) => r.action);

    it('deletes a decision, audited, and deleting an organisation tool removes its decision', async () => {
      await admin.admin.decisions.set(decide('chatgpt', { status: 'approved', enforcement: 'inform' }));
      await admin.admin.decisions.delete({ toolId: 'chatgpt' });
      expect(await admin.admin.decisions.list()).toEqual([]);
      await expect(admin.admin.decisions.delete({ toolId: 'chatgpt' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });

      await admin.admin.tools.create(orgTool(1));
      await admin.admin.decisions.set(decide('org-tool-1'));
      await admin.admin.tools.delete({ id: 'org-tool-1' });
      expect(await admin.admin.decisions.list()).toEqual([]);
      expect(await audit()).toEqual([
        'decision.set',
        'decision.delete',
        'tool.create',
        'decision.set',
        'tool.delete',
      ]);
    });

    it('refuses a hostname that is a public suffix, and a catalog hostname unless explicitly overridden', async () => {
      await expect(admin.admin.tools.create(orgTool(1, { domains: ['co.uk'] }))).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      const takeover = orgTool(2, { domains: ['claude.ai'] });
      await expect(admin.admin.tools.create(takeover)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await admin.admin.tools.list()).toEqual([]);
      await admin.admin.tools.create({ ...takeover, overrideCatalog: true });
      expect((await admin.admin.tools.list()).map((x) => x.id)).toEqual(['org-tool-2']);
    });

    it('refuses the organisation tool beyond the maximum, writing nothing', async () => {
      await fill(t, LIMITS.orgTools, 0);
      const version = await t.db.selectFrom('config_version').select('version').executeTakeFirstOrThrow();
      await expect(admin.admin.tools.create(orgTool(LIMITS.orgTools + 1))).rejects.toMatchObject({
        code: 'PRECONDITION_FAILED',
        message: expect.stringContaining(String(LIMITS.orgTools)),
      });
      expect(await t.db.selectFrom('org_tools').select('id').execute()).toHaveLength(LIMITS.orgTools);
      expect(await t.db.selectFrom('config_version').select('version').executeTakeFirstOrThrow()).toEqual(
        version,
      );
      expect(await audit()).toEqual([]);
    });

    it('refuses decisions beyond the maximum, writing none of the batch', async () => {
      await fill(t, LIMITS.orgTools, LIMITS.decisions - 1);
      const extra = [decide(catalog[0]!.id), decide(catalog[1]!.id)];
      await expect(admin.admin.decisions.setMany({ decisions: extra })).rejects.toMatchObject({
        code: 'PRECONDITION_FAILED',
      });
      expect(await t.db.selectFrom('decisions').select('tool_id').execute()).toHaveLength(
        LIMITS.decisions - 1,
      );
      await admin.admin.decisions.set(extra[0]!);
      // Changing an existing decision is always allowed at the maximum.
      await admin.admin.decisions.set({ ...extra[0]!, status: 'approved', enforcement: 'inform' });
    });

    it('pulls a config at the maximum that the extension accepts', async () => {
      await fill(t, LIMITS.orgTools, LIMITS.decisions);
      const device = await f.device();
      const out = await device.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
      const parsed = PullOutputSchema.parse(JSON.parse(JSON.stringify(out)));
      if (parsed.unchanged) throw new Error('expected a full config');
      expect(parsed.config.tools).toHaveLength(LIMITS.orgTools);
      expect(parsed.config.decisions).toHaveLength(LIMITS.decisions);
      expect(JSON.stringify(out).length).toBeLessThan(LIMITS.configBytes);
    }, 120_000);
  });
}

/**
 * The largest organisation: `tools` org tools with every list as long as the size budget lets it be,
 * and `decisions` decisions with the longest conditions (org tools first, then catalog tools).
 */
async function fill(t: TestDatabase, tools: number, decisions: number): Promise<void> {
  const now = Date.now();
  const perTool = Math.floor(LIMITS.orgToolsBytes / tools);
  const rows = Array.from({ length: tools }, (_, n) => {
    const tool = orgTool(n);
    while (JSON.stringify(tool).length + 60 < perTool && tool.domains.length < LIMITS.listPerTool)
      tool.domains.push(`h${tool.domains.length}.tool-${n}.acme.example`);
    return { id: tool.id, name: tool.name, data: JSON.stringify(tool), created_at: now, updated_at: now };
  });
  for (let i = 0; i < rows.length; i += 200)
    await t.db
      .insertInto('org_tools')
      .values(rows.slice(i, i + 200))
      .execute();
  const ids = rows.map((r) => r.id); // then tools that are gone: catalog tools stay free for the tests
  for (let n = 0; ids.length < decisions; n++) ids.push(`org-gone-${n}`);
  const conditions = 'c'.repeat(LIMITS.conditionsText);
  const values = ids.slice(0, decisions).map((toolId) => ({
    tool_id: toolId,
    status: 'conditional',
    enforcement: 'acknowledge',
    conditions,
    allowed_data_classes: JSON.stringify(['public', 'internal']),
    alternative_tool_id: null,
    decided_by: 'admin:fill (00000000)',
    decided_at: now,
  }));
  for (let i = 0; i < values.length; i += 200)
    await t.db
      .insertInto('decisions')
      .values(values.slice(i, i + 200))
      .execute();
}
