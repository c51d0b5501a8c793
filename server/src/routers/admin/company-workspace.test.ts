import { PROTOCOL_VERSION, PullOutputSchema, type DecisionInput } from '@lantern/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { technicalControlsDataset } from '../../evidence/datasets';
import { fixture } from '../../../testing/fixture';

// Issue 22: "company workspace only" is part of a decision, checked per vendor format, kept by edits
// that do not mention it, removed by null, carried to browsers by the pull, and kept in the history.

const WS = '550e8400-e29b-41d4-a716-446655440000';
const WS2 = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const decide = (toolId: string, over: Partial<DecisionInput> = {}): DecisionInput => ({
  toolId,
  status: 'approved',
  enforcement: 'inform',
  conditions: null,
  allowedDataClasses: [],
  alternativeToolId: null,
  ...over,
});

for (const dialect of dialects) {
  describe(`${dialect}: company workspace restrictions`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<ReturnType<typeof fixture>['callerFor']>>['admin'];
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = (await f.callerFor(await f.staffToken('admin'))).admin;
    });

    it('stores normalised identifiers with since-when, and browsers receive them in the pulled config', async () => {
      const link = 'https://chatgpt.com/?workspace=acme';
      const saved = await admin.decisions.set(
        decide('chatgpt', { companyWorkspace: { ids: [WS.toUpperCase(), WS2], link } }),
      );
      expect(saved.companyWorkspace).toEqual({ ids: [WS, WS2], link, since: saved.decidedAt });
      const d = await f.device();
      const pulled = await d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
      expect(PullOutputSchema.parse(pulled).unchanged).toBe(false);
      if (pulled.unchanged) return;
      expect(pulled.config.decisions.find((x) => x.toolId === 'chatgpt')?.companyWorkspace).toEqual(
        saved.companyWorkspace,
      );
    });

    it('refuses identifiers in the wrong format or for a tool without the control, and writes nothing', async () => {
      const bad: Array<[DecisionInput, RegExp]> = [
        [
          decide('chatgpt', { companyWorkspace: { ids: ['org-Tkxfm8owx4zIPaJGNDVrPs6m'], link: null } }),
          /companyWorkspace\.ids: .* is not a UUID/,
        ],
        [decide('gemini', { companyWorkspace: { ids: [WS], link: null } }), /is not a domain/],
        [
          decide('perplexity', { companyWorkspace: { ids: [WS], link: null } }),
          /has no company-workspace control/,
        ],
      ];
      for (const [input, error] of bad) await expect(admin.decisions.set(input)).rejects.toThrow(error);
      await expect(
        admin.decisions.setMany({
          decisions: [
            decide('claude'),
            decide('chatgpt', { companyWorkspace: { ids: ['nope'], link: null } }),
          ],
        }),
      ).rejects.toThrow(/decisions\[1\]\.companyWorkspace\.ids/);
      expect(await admin.decisions.list()).toEqual([]);
    });

    it('keeps the restriction and its start through edits that do not mention it; null removes it; history shows each step', async () => {
      const first = await admin.decisions.set(
        decide('claude', { companyWorkspace: { ids: [WS], link: null } }),
      );
      // A later millisecond, so that keeping `since` is told apart from setting it anew.
      await new Promise((r) => setTimeout(r, 5));
      // The bulk editor and older clients send no companyWorkspace: the restriction stays, since too.
      const [bulk] = await admin.decisions.setMany({
        decisions: [decide('claude', { status: 'conditional', enforcement: 'acknowledge' })],
      });
      expect(bulk!.companyWorkspace).toEqual(first.companyWorkspace);
      const relinked = await admin.decisions.set(
        decide('claude', { companyWorkspace: { ids: [WS], link: 'https://claude.ai/login' } }),
      );
      expect(relinked.companyWorkspace?.since).toBe(first.companyWorkspace!.since);
      const removed = await admin.decisions.set(decide('claude', { companyWorkspace: null }));
      expect(removed.companyWorkspace).toBeUndefined();
      const history = await admin.decisions.history({ toolId: 'claude' });
      expect(history.map((h) => h.companyWorkspace?.ids ?? null)).toEqual([null, [WS], [WS], [WS]]);
      // The evidence pack's technical controls: one row per configuration change, not per decision.
      const evidence = await technicalControlsDataset(t.db);
      expect(
        evidence.rows.map((r) => [r.tool_id, r.state, r.identifiers, r.link, r.headers, r.hosts]),
      ).toEqual([
        ['claude', 'set', [WS], null, ['anthropic-allowed-org-ids'], ['claude.ai', 'api.anthropic.com']],
        [
          'claude',
          'changed',
          [WS],
          'https://claude.ai/login',
          ['anthropic-allowed-org-ids'],
          ['claude.ai', 'api.anthropic.com'],
        ],
        ['claude', 'removed', [], null, [], ['claude.ai', 'api.anthropic.com']],
      ]);
    });
  });
}
