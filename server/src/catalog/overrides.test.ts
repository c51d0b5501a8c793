import { BASELINE_RELEASE_VERSION, PROTOCOL_VERSION, catalog, type Tool } from '@lantern/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects, type TestDatabase } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { push, usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { resetActiveCatalogForTesting } from './active';
import { installRelease } from './install';
import { newTool, releaseText, testPublisher } from '../../testing/catalog/testing';

const publisher = testPublisher();
const install = (t: TestDatabase, text: string) =>
  installRelease(t.db, text, { keys: [publisher.trusted], source: 'import test', actor: 'cli', now: 5 });
const chatgpt = catalog.find((tool) => tool.id === 'chatgpt')!;
const claude = catalog.find((tool) => tool.id === 'claude')!;

for (const dialect of dialects) {
  describe(`${dialect}: organisation overrides of catalog tools`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      resetActiveCatalogForTesting();
    });

    const admin = async () => f.callerFor(await f.staffToken('admin'));

    it('survives a catalog update: browsers get the new release and the override, applied to it', async () => {
      const a = await admin();
      await a.admin.catalog.setOverride({
        toolId: 'chatgpt',
        name: 'ChatGPT (company licence)',
        addDomains: ['chat.intranet.example'],
        removeDomains: [],
        retired: false,
        notAi: false,
        note: 'Our SSO front door',
      });
      await a.admin.catalog.setOverride({
        toolId: 'claude',
        name: null,
        addDomains: [],
        removeDomains: [],
        retired: true,
        notAi: false,
        note: null,
      });
      // The publisher renames ChatGPT's entry and adds a hostname in a later release.
      const updated: Tool[] = catalog.map((tool) =>
        tool.id === 'chatgpt'
          ? { ...tool, vendor: 'OpenAI, L.L.C.', domains: [...tool.domains, 'chatgpt.example'] }
          : tool,
      );
      await install(t, releaseText(publisher, BASELINE_RELEASE_VERSION + 1, [newTool()], updated));

      const page = await a.admin.catalog.tool({ toolId: 'chatgpt' });
      expect(page.catalogVersion).toBe(BASELINE_RELEASE_VERSION + 1);
      expect(page.published).toMatchObject({ name: chatgpt.name, vendor: 'OpenAI, L.L.C.' });
      expect(page.override).toMatchObject({
        name: 'ChatGPT (company licence)',
        updatedBy: expect.stringMatching(/^admin:/),
      });
      expect(page.effective?.name).toBe('ChatGPT (company licence)');
      expect(page.effective?.domains).toEqual([
        ...chatgpt.domains,
        'chatgpt.example',
        'chat.intranet.example',
      ]);
      expect((await a.admin.catalog.tool({ toolId: 'claude' })).effective).toBeNull();

      const d = await f.device();
      const pulled = await d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
      if (pulled.unchanged) throw new Error('expected a config');
      expect(pulled.config.catalog).toMatchObject({ version: BASELINE_RELEASE_VERSION + 1 });
      expect(pulled.config.overrides?.map((o) => o.toolId)).toEqual(['chatgpt', 'claude']);
      const release = (await d.caller.sync.catalog({
        protocolVersion: PROTOCOL_VERSION,
        sha256: pulled.config.catalog!.sha256,
      })) as { version: number; tools: Tool[] };
      expect(release.version).toBe(BASELINE_RELEASE_VERSION + 1);
      expect(release.tools.some((tool) => tool.id === 'quillmind')).toBe(true);
      // Usage of the release's new tool is accepted; the inventory names the renamed tool the organisation's way.
      await d.caller.sync.push(push([usage({ toolId: 'quillmind' }), usage({ toolId: 'chatgpt' })]));
      const names = await a.admin.tools.get({ ids: ['chatgpt', 'claude'] });
      expect(names.map((tool) => tool.name)).toEqual(['ChatGPT (company licence)', claude.name]);
      // The dashboard's search for deciding in advance: the release's new tool, the renamed one under
      // the organisation's name, the retired one not at all.
      expect(await a.admin.catalog.search({ text: 'quillmind' })).toEqual([
        { id: 'quillmind', name: expect.any(String), vendor: expect.any(String) },
      ]);
      const byNewName = await a.admin.catalog.search({ text: 'company licence' });
      expect(byNewName.map((tool) => tool.id)).toEqual(['chatgpt']);
      expect((await a.admin.catalog.search({ text: 'chatgpt' }))[0]).toMatchObject({
        id: 'chatgpt',
        name: 'ChatGPT (company licence)',
      });
      expect((await a.admin.catalog.search({ text: 'claude' })).map((tool) => tool.id)).not.toContain(
        'claude',
      );
      await expect(a.admin.catalog.search({ text: '  ' })).rejects.toThrow();
    });

    it('audits every change; only admins change overrides; unknown ids and a missing override are NOT_FOUND', async () => {
      const a = await admin();
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      const input = {
        toolId: 'chatgpt',
        name: null,
        addDomains: [],
        removeDomains: ['chatgpt.com'],
        retired: false,
        notAi: true,
        note: 'licence without AI',
      };
      await expect(auditor.admin.catalog.setOverride(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(a.admin.catalog.setOverride({ ...input, toolId: 'no-such-tool' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await a.admin.catalog.setOverride(input);
      expect(await auditor.admin.catalog.overrides()).toMatchObject([{ toolId: 'chatgpt', notAi: true }]);
      await a.admin.catalog.removeOverride({ toolId: 'chatgpt' });
      await expect(a.admin.catalog.removeOverride({ toolId: 'chatgpt' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const audit = await t.db.selectFrom('audit_log').select(['action', 'target']).orderBy('seq').execute();
      expect(audit).toEqual([
        { action: 'catalog.override.set', target: 'chatgpt' },
        { action: 'catalog.override.remove', target: 'chatgpt' },
      ]);
    });

    it('serves only the installed release: an unknown address is NOT_FOUND', async () => {
      const d = await f.device();
      // With no release and no override, a pull carries neither field: extensions built before
      // catalog releases parse the config strictly and keep working.
      const pulled = await d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
      expect(pulled.unchanged ? null : Object.keys(pulled.config).sort()).toEqual([
        'decisions',
        'policy',
        'requests',
        'settings',
        'tools',
      ]);
      await expect(
        d.caller.sync.catalog({ protocolVersion: PROTOCOL_VERSION, sha256: '0'.repeat(64) }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
