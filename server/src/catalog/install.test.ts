import { BASELINE_RELEASE_VERSION, RELEASE_LIMITS, catalog } from '@lantern/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { newestRelease } from '../db/repositories/catalog-releases.repository';
import { getConfigVersion } from '../db/repositories/config.repository';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { supplierProfileFor, unknownProfile, type SupplierProfile } from '@lantern/shared/suppliers';
import {
  activeCatalogTool,
  activeSupplierProfile,
  refreshActiveCatalog,
  resetActiveCatalogForTesting,
} from './active';
import { installRelease } from './install';
import { newTool, releaseText, testPublisher } from '../../testing/catalog/testing';

const publisher = testPublisher();
const stranger = testPublisher('test-publisher'); // same key id, different key: a forgery
const other = testPublisher('someone-else');
const V1 = BASELINE_RELEASE_VERSION + 1;
const V2 = BASELINE_RELEASE_VERSION + 2;
const options = { keys: [publisher.trusted], source: 'import test.json', actor: 'cli', now: 1_000 };

for (const dialect of dialects) {
  describe(`${dialect}: installing a catalog release`, () => {
    const t = useTestDatabase(dialect);
    beforeEach(async () => {
      resetActiveCatalogForTesting();
    });

    const refusal = (text: string) =>
      installRelease(t.db, text, options).then(
        () => 'installed',
        (e: Error) => e.message,
      );

    it('installs a release signed by the trusted key, audits it and makes browsers pull', async () => {
      const before = await getConfigVersion(t.db);
      const result = await installRelease(t.db, releaseText(publisher, V1), options);
      expect(result).toMatchObject({
        status: 'installed',
        release: { version: V1, toolCount: catalog.length + 1 },
      });
      expect(await getConfigVersion(t.db)).toBe(before + 1);
      const audit = await t.db.selectFrom('audit_log').select(['action', 'target', 'actor']).execute();
      expect(audit).toEqual([{ action: 'catalog.install', target: String(V1), actor: 'cli' }]);
      expect(activeCatalogTool('quillmind')).toBeUndefined();
      await refreshActiveCatalog(t.db);
      expect(activeCatalogTool('quillmind')?.domains).toEqual(['quillmind-ai.example']);
    });

    it('refuses every release while no publisher key is configured, and stores nothing', async () => {
      const text = releaseText(publisher, V1);
      const refused = await installRelease(t.db, text, { ...options, keys: [] }).then(
        () => 'installed',
        (e: Error) => e.message,
      );
      expect(refused).toBe(
        'catalog release refused: no publisher key: this server trusts no catalog publisher yet; set CATALOG_PUBLISHER_KEYS to the key "test-publisher" was signed with (its publisher gives you the line)',
      );
      expect(await newestRelease(t.db)).toBeUndefined();
    });

    it('delivers supplier facts with a release; the signature covers them; without any, the compiled ones stay', async () => {
      const quillmind: SupplierProfile = {
        ...unknownProfile('quillmind'),
        dpa: {
          status: 'known',
          value: 'https://quillmind-ai.example/dpa',
          source: 'https://quillmind-ai.example/legal/dpa',
          checked: '2026-12-01',
        },
      };
      const text = releaseText(publisher, V1, [newTool()], catalog, [quillmind]);
      const doc = JSON.parse(text) as { suppliers: SupplierProfile[] };
      doc.suppliers[0]!.dpa = {
        ...quillmind.dpa,
        value: 'https://evil.example/dpa',
      } as SupplierProfile['dpa'];
      expect(await refusal(JSON.stringify(doc))).toMatch(/refused: forged/);

      await installRelease(t.db, text, options);
      await refreshActiveCatalog(t.db);
      expect(activeSupplierProfile('quillmind')).toEqual(quillmind);
      // The release's facts replace the compiled ones: ChatGPT's are not in this release.
      expect(activeSupplierProfile('chatgpt')).toEqual(unknownProfile('chatgpt'));

      await installRelease(t.db, releaseText(publisher, V2), options);
      await refreshActiveCatalog(t.db);
      expect(activeSupplierProfile('chatgpt')).toEqual(supplierProfileFor('chatgpt'));
    });

    it('refuses an unsigned release', async () => {
      const doc = JSON.parse(releaseText(publisher, V1)) as Record<string, unknown>;
      delete doc.signature;
      expect(await refusal(JSON.stringify(doc))).toBe(
        'catalog release refused: unsigned: the release has no signature',
      );
    });

    it('refuses a release whose content changed after signing', async () => {
      const doc = JSON.parse(releaseText(publisher, V1)) as { tools: { name: string }[] };
      doc.tools[0]!.name = 'Totally Safe Tool';
      expect(await refusal(JSON.stringify(doc))).toMatch(/refused: forged: the signature does not match/);
    });

    it('refuses a release signed by another key under the trusted key id', async () => {
      expect(await refusal(releaseText(stranger, V1))).toMatch(/refused: forged/);
    });

    it('refuses a release signed with a key id the server does not trust', async () => {
      expect(await refusal(releaseText(other, V1))).toMatch(
        /refused: untrusted key: signed with "someone-else", this server trusts "test-publisher"/,
      );
    });

    it('refuses a downgrade and a release no newer than the compiled catalog; the same release again is a no-op', async () => {
      expect(await refusal(releaseText(publisher, BASELINE_RELEASE_VERSION))).toMatch(
        /refused: older: version \d+ is not newer than the catalog built into this server/,
      );
      await installRelease(t.db, releaseText(publisher, V2), options);
      expect(await refusal(releaseText(publisher, V1))).toBe(
        `catalog release refused: older: version ${V1} is not newer than the installed release ${V2}`,
      );
      const again = await installRelease(t.db, releaseText(publisher, V2), options);
      expect(again.status).toBe('current');
      expect((await newestRelease(t.db))?.version).toBe(V2);
    });

    it('installs a release once when two processes install it at the same moment', async () => {
      const text = releaseText(publisher, V1);
      const results = await Promise.all([
        installRelease(t.db, text, options),
        installRelease(t.db, text, options),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['current', 'installed']);
      expect(await t.db.selectFrom('catalog_releases').select('version').execute()).toHaveLength(1);
    });

    it('refuses oversize and malformed releases and stores nothing', async () => {
      expect(await refusal(' '.repeat(RELEASE_LIMITS.maxBytes + 1))).toMatch(
        /refused: oversize: \d+ bytes, the limit is/,
      );
      const many = Array.from({ length: RELEASE_LIMITS.maxTools + 1 }, (_, i) =>
        newTool(`t${i}`, `t${i}.example`),
      );
      expect(await refusal(releaseText(publisher, V1, many, []))).toMatch(
        new RegExp(`refused: oversize: ${RELEASE_LIMITS.maxTools + 1} tools`),
      );
      expect(await refusal('{"format": "lantern-catalog-release/1", ')).toMatch(
        /refused: malformed: not JSON/,
      );
      const bad = JSON.parse(releaseText(publisher, V1)) as { tools: { domains: unknown }[] };
      bad.tools[0]!.domains = 'chatgpt.com';
      expect(await refusal(JSON.stringify(bad))).toMatch(/refused: malformed: tools\.0\.domains/);
      expect(await refusal('[]')).toMatch(/refused: malformed: a release is a JSON object/);
      expect(await newestRelease(t.db)).toBeUndefined();
      expect(await t.db.selectFrom('audit_log').select('seq').execute()).toEqual([]);
    });
  });
}
