import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7, type EventOf, type ModuleContent } from '@lantern/shared';
import { verifyAll } from '../../audit/verify';
import { loadDataset } from '../../exports/datasets';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { push, registration, usage } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

const basics: ModuleContent = {
  title: 'Using AI chat tools safely',
  body: '# Before you paste\n\nNo customer data in public chatbots.',
  courseUrl: 'https://learn.example.com/ai-basics',
  questions: [
    { prompt: 'May you paste customer data?', options: ['Yes', 'No'], correct: 1 },
    { prompt: 'Who checks the output?', options: ['Nobody', 'You'], correct: 1 },
  ],
  passMark: 50,
};

const rule = (over: Record<string, unknown> = {}) => ({
  moduleId: 'ai-basics',
  toolId: null,
  toolCategory: null,
  decisionStatus: null,
  dataClass: null,
  annexIII: null,
  department: null,
  dueDays: 14,
  renewalDays: 365,
  mode: 'acknowledge' as const,
  ...over,
});

function completion(over: Partial<EventOf<'literacy_completion'>>): EventOf<'literacy_completion'> {
  const at = Date.now();
  return {
    id: uuidv7(at),
    at,
    kind: 'literacy_completion',
    moduleId: 'ai-basics',
    moduleVersion: 1,
    moduleSha256: '0'.repeat(64),
    score: 100,
    toolId: 'chatgpt',
    ...over,
  };
}

for (const dialect of dialects) {
  describe(`${dialect}: literacy modules, rules and coverage`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
    });

    it('versions and hashes a module, and refuses an empty one or an unchanged republish', async () => {
      const v1 = await admin.admin.literacy.publish({ id: 'ai-basics', content: basics });
      expect(v1).toMatchObject({ id: 'ai-basics', version: 1 });
      expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);
      await expect(admin.admin.literacy.publish({ id: 'ai-basics', content: basics })).rejects.toThrow(
        /already has exactly this content/,
      );
      const v2 = await admin.admin.literacy.publish({
        id: 'ai-basics',
        content: { ...basics, body: `${basics.body}\n\nAsk IT when unsure.` },
      });
      expect(v2.version).toBe(2);
      expect(v2.sha256).not.toBe(v1.sha256);
      await expect(
        admin.admin.literacy.publish({ id: 'empty', content: { ...basics, body: '   ' } }),
      ).rejects.toThrow(/must not be empty/);
      await expect(
        admin.admin.literacy.publish({ id: 'no-mark', content: { ...basics, passMark: null } }),
      ).rejects.toThrow(/pass mark/);
      expect((await admin.admin.literacy.module({ id: 'ai-basics' })).map((m) => m.version)).toEqual([2, 1]);
      expect(await t.db.selectFrom('literacy_modules').select('id').execute()).toEqual([{ id: 'ai-basics' }]);
      const audit = await t.db.selectFrom('audit_log').select('action').execute();
      expect(audit.filter((a) => a.action === 'literacy.module.publish')).toHaveLength(2);
    });

    it('refuses a rule naming an unknown tool or module, storing nothing', async () => {
      await admin.admin.literacy.publish({ id: 'ai-basics', content: basics });
      await expect(admin.admin.literacy.addRule(rule({ toolId: 'no-such-tool' }))).rejects.toThrow(
        /toolId: unknown tool "no-such-tool"/,
      );
      await expect(admin.admin.literacy.addRule(rule({ moduleId: 'missing' }))).rejects.toThrow(
        /unknown module "missing"/,
      );
      expect(await admin.admin.literacy.rules()).toEqual([]);
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      await expect(auditor.admin.literacy.addRule(rule())).rejects.toThrow();
    });

    it('counts who is required, done, due and overdue per module and department', async () => {
      await admin.admin.literacy.publish({ id: 'ai-basics', content: basics });
      await admin.admin.literacy.addRule(rule({ toolCategory: 'chat' }));
      await admin.admin.literacy.addRule(
        rule({ toolId: 'github-copilot', dueDays: 0, mode: 'block', department: 'Engineering' }),
      );
      const now = Date.now();
      await t.db
        .insertInto('people')
        .values([
          {
            email: 'ada@example.com',
            name: 'Ada',
            department: 'Engineering',
            manager_email: null,
            source: 'csv',
            created_at: now,
            updated_at: now,
          },
          {
            email: 'bob@example.com',
            name: 'Bob',
            department: 'Sales',
            manager_email: null,
            source: 'csv',
            created_at: now,
            updated_at: now,
          },
        ])
        .execute();
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      const cy = await f.device('cy@example.com');
      await ada.caller.sync.push(push([usage({ toolId: 'github-copilot' })]));
      await bob.caller.sync.push(push([usage({ toolId: 'chatgpt' }), usage({ toolId: 'github-copilot' })]));
      await cy.caller.sync.push(push([usage({ toolId: 'deepl' })]));

      const { rows, people } = await admin.admin.literacy.coverage();
      // Ada: copilot (engineering rule, due at once); Bob: chatgpt (chat rule); Cy uses no covered tool.
      expect(rows).toEqual([
        { moduleId: 'ai-basics', department: 'Engineering', required: 1, done: 0, due: 0, overdue: 1 },
        { moduleId: 'ai-basics', department: 'Sales', required: 1, done: 0, due: 1, overdue: 0 },
      ]);
      expect(people.find((p) => p.person === 'ada@example.com')).toMatchObject({
        mode: 'block',
        toolIds: ['github-copilot'],
      });
      expect(people.find((p) => p.person === 'bob@example.com')).toMatchObject({ toolIds: ['chatgpt'] });

      // Ada's browser learns her rules (department matched by the server) and completes the module.
      const pulled = await ada.caller.sync.pull({ protocolVersion: 1, configVersion: 0 });
      if (pulled.unchanged) throw new Error('expected a config');
      const lit = pulled.config.literacy!;
      expect(lit.rules.map((r) => r.toolId ?? r.toolCategory).sort()).toEqual(['chat', 'github-copilot']);
      expect(lit.modules[0]).toMatchObject({ id: 'ai-basics', version: 1 });
      const bobs = await bob.caller.sync.pull({ protocolVersion: 1, configVersion: 0 });
      if (bobs.unchanged) throw new Error('expected a config');
      expect(bobs.config.literacy!.rules.map((r) => r.toolCategory)).toEqual(['chat']);

      const done = completion({ moduleSha256: lit.modules[0]!.sha256, toolId: 'github-copilot' });
      expect((await ada.caller.sync.push(push([done]))).duplicates).toBe(0);
      expect((await ada.caller.sync.push(push([done]))).duplicates).toBe(1);
      const after = await admin.admin.literacy.coverage({ moduleId: 'ai-basics' });
      expect(after.rows[0]).toMatchObject({ department: 'Engineering', required: 1, done: 1, overdue: 0 });
      const stored = await t.db.selectFrom('literacy_completions').selectAll().execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        email: 'ada@example.com',
        score: 100,
        identity_assurance: 'self-asserted',
        source: 'device',
      });
      expect((await verifyAll(t.db)).every((r) => r.ok)).toBe(true);
      // The Art. 4 evidence names person, tool, module, version and date, and the rule that required it.
      const evidence = await loadDataset(t.db, 'literacy');
      expect(evidence.rows.find((r) => r.person === 'ada@example.com')).toMatchObject({
        department: 'Engineering',
        tool_id: 'github-copilot',
        module_id: 'ai-basics',
        status: 'done',
        completed_version: 1,
        completion_source: 'device',
        score: 100,
        required_by: [
          expect.stringMatching(
            /tool github-copilot \+ department Engineering; due 0 d; renew every 365 d; block$/,
          ),
        ],
      });
      const again = await ada.caller.sync.pull({ protocolVersion: 1, configVersion: 0 });
      if (again.unchanged) throw new Error('expected a config');
      expect(again.config.literacy!.completions).toEqual([
        { moduleId: 'ai-basics', version: 1, at: Number(stored[0]!.at) },
      ]);
    });

    it('refuses a completion of an unknown module or version, a wrong hash or a failing score', async () => {
      const m = await admin.admin.literacy.publish({ id: 'ai-basics', content: basics });
      const ada = await f.device('ada@example.com');
      await expect(
        ada.caller.sync.push(push([completion({ moduleId: 'nope', moduleSha256: m.sha256 })])),
      ).rejects.toThrow(/literacy module "nope" has no version 1/);
      await expect(
        ada.caller.sync.push(push([completion({ moduleVersion: 2, moduleSha256: m.sha256 })])),
      ).rejects.toThrow(/has no version 2/);
      await expect(ada.caller.sync.push(push([completion({})]))).rejects.toThrow(
        /moduleSha256: does not match/,
      );
      await expect(
        ada.caller.sync.push(push([completion({ moduleSha256: m.sha256, score: 40 })])),
      ).rejects.toThrow(/below the pass mark of 50%/);
      await expect(
        ada.caller.sync.push(push([completion({ moduleSha256: m.sha256, at: m.publishedAt - 3_600_000 })])),
      ).rejects.toThrow(/before module version 1 was published/);
      expect(await t.db.selectFrom('literacy_completions').selectAll().execute()).toEqual([]);
    });

    it('imports LMS completions all or nothing, naming each refused line', async () => {
      await admin.admin.literacy.publish({ id: 'ai-basics', content: basics });
      await admin.admin.literacy.addRule(rule({ toolCategory: 'chat' }));
      const bob = await f.device('bob@example.com');
      await bob.caller.sync.push(push([usage({ toolId: 'chatgpt' }), registration({ toolId: 'chatgpt' })]));
      const today = new Date().toISOString().slice(0, 10);
      await expect(
        admin.admin.literacy.importCompletions({
          csv: `email,module_id,date\nbob@example.com,ai-basics,${today}\nnot-an-email,ai-basics,${today}\neve@example.com,unknown-module,2026-01-02\n`,
        }),
      ).rejects.toThrow(/line 3: "not-an-email" is not an email address/);
      await expect(
        admin.admin.literacy.importCompletions({
          csv: `email,module_id,date\nbob@example.com,ai-basics,${today}\neve@example.com,unknown-module,2026-01-02\n`,
        }),
      ).rejects.toThrow(/line 3: unknown module "unknown-module"/);
      expect(await t.db.selectFrom('literacy_completions').selectAll().execute()).toEqual([]);
      const csv = `Email,Module_ID,Date\nBob@Example.com,ai-basics,${today}\n`;
      expect(await admin.admin.literacy.importCompletions({ csv })).toEqual({ imported: 1 });
      await expect(admin.admin.literacy.importCompletions({ csv })).rejects.toThrow(/duplicate completion/);
      const { rows } = await admin.admin.literacy.coverage();
      expect(rows).toEqual([
        { moduleId: 'ai-basics', department: null, required: 1, done: 1, due: 0, overdue: 0 },
      ]);
      expect((await verifyAll(t.db)).every((r) => r.ok)).toBe(true);
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('action', '=', 'literacy.completions.import')
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit)).not.toContain('example.com');
      const own = await admin.admin.people.export({ email: 'bob@example.com' });
      expect(own.literacyCompletions).toMatchObject([{ module_id: 'ai-basics', source: 'import' }]);
      // Erasing the person clears the email kept beside the chain; the chain still verifies.
      await admin.admin.people.erase({ email: 'bob@example.com' });
      const left = await t.db.selectFrom('literacy_completions').select('email').execute();
      expect(left).toEqual([{ email: null }]);
      expect((await verifyAll(t.db)).every((r) => r.ok)).toBe(true);
    });
  });
}
