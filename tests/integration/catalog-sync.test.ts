import 'fake-indexeddb/auto';
import { BASELINE_RELEASE_VERSION, readCatalogAnswer } from '@lantern/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installRelease, bumpConfigVersion, putOverride } from '@lantern/server';
import { newTool, releaseText, testPublisher } from '@lantern/server/testing';
import {
  LanternDb,
  getConfig,
  getSyncState,
  usableCatalog,
  classifier,
  setClassifierSources,
  enrolDevice,
  createSyncEngine,
  type FetchFn,
} from '@lantern/extension/testing';
import { startLanternServer, type LanternTestServer } from '../e2e/harness/lantern-server';

// A catalog release installed on a real server reaches the extension's real sync engine through
// sync.pull + sync.catalog, is checked, stored in IndexedDB, and rebuilds the classifier in place.

const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const publisher = testPublisher();
let server: LanternTestServer;
let dbCount = 0;

beforeAll(async () => {
  server = await startLanternServer();
});
afterAll(async () => {
  await setClassifierSources({ catalog: null, overrides: [], orgTools: [] });
  await server.close();
});

async function client(fetch?: FetchFn) {
  const db = new LanternDb(`lantern-catalog-${++dbCount}`);
  await enrolDevice(
    { db, userAgent: UA, extensionVersion: '0.1.0' },
    {
      serverUrl: server.url,
      enrollmentToken: await server.enrollmentToken(),
      userEmail: 'ada@example.com',
      source: 'managed',
    },
  );
  return { db, engine: createSyncEngine({ db, ...(fetch ? { fetch } : {}) }) };
}

/** What the background's config listener does (entrypoints/background/listeners.ts). */
async function applyConfig(db: LanternDb) {
  const config = await getConfig(db);
  const release = await usableCatalog(db);
  await setClassifierSources({
    catalog: release ? { key: release.sha256, tools: release.tools } : null,
    overrides: config?.overrides ?? [],
    orgTools: config?.tools ?? [],
  });
}

const install = (version: number) =>
  installRelease(server.server.db, releaseText(publisher, version, [newTool()]), {
    keys: [publisher.trusted],
    source: 'import test',
    actor: 'cli',
    now: Date.now(),
  });

describe('a catalog release reaching the extension', () => {
  it('refuses an answer that does not match the announced address, and keeps the bundled catalog', async () => {
    await install(BASELINE_RELEASE_VERSION + 1);
    const tampering: FetchFn = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith('/sync.catalog')) return response;
      const text = (await response.text()).replace('"Quillmind"', '"Quillmind Pro"');
      return new Response(text, { status: response.status, headers: response.headers });
    };
    const { db, engine } = await client(tampering);
    expect(await engine.pull()).toBe('updated');
    expect(await usableCatalog(db)).toBeUndefined();
    expect((await getConfig(db))?.configVersion).toBe(0); // the next pull tries again
    expect((await getSyncState(db)).lastError).toMatch(/catalog update: .* does not match its address/);
    db.close();
  });

  it('stores the release, classifies the new host, applies overrides, and sends only the address', async () => {
    const bodies: string[] = [];
    const answers: Uint8Array[] = [];
    const recording: FetchFn = async (input, init) => {
      if (!String(input).endsWith('/sync.catalog')) return fetch(input, init);
      bodies.push(typeof init?.body === 'string' ? init.body : '');
      const response = await fetch(input, init);
      answers.push(new Uint8Array(await response.clone().arrayBuffer()));
      return response;
    };
    const { db, engine } = await client(recording);
    await applyConfig(db);
    expect((await classifier()).classifyUrl('https://app.quillmind-ai.example/doc/1')).toBeNull();

    expect(await engine.pull()).toBe('updated');
    const stored = await usableCatalog(db);
    expect(stored?.version).toBe(BASELINE_RELEASE_VERSION + 1);
    expect(bodies).toHaveLength(1);
    expect(Object.keys(JSON.parse(bodies[0]!) as object).sort()).toEqual(['protocolVersion', 'sha256']);
    // The server serves the release as its signed text plus the signature, so the browser checked the
    // address by hashing the bytes it received rather than by serialising the release again.
    expect(await readCatalogAnswer(answers[0]!, stored!.sha256)).toMatchObject({
      ok: true,
      sha256: stored!.sha256,
      direct: true,
    });
    await applyConfig(db);
    expect((await classifier()).classifyUrl('https://app.quillmind-ai.example/doc/1')?.toolId).toBe(
      'quillmind',
    );

    // The organisation retires the tool: browsers stop counting it at their next pull, release unchanged.
    await server.server.db.transaction().execute(async (trx) => {
      await putOverride(
        trx,
        {
          toolId: 'quillmind',
          name: null,
          addDomains: [],
          removeDomains: [],
          retired: true,
          notAi: false,
          note: null,
        },
        'test',
        Date.now(),
      );
      await bumpConfigVersion(trx);
    });
    expect(await engine.pull()).toBe('updated');
    expect(bodies).toHaveLength(1); // the same release is not fetched again
    await applyConfig(db);
    expect((await classifier()).classifyUrl('https://quillmind-ai.example/')).toBeNull();
    expect((await classifier()).classifyUrl('https://chatgpt.com/')?.toolId).toBe('chatgpt');
    db.close();
  });
});
