import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setups } from '../../testing/http/http-test-support';
import type { TestDatabase } from '../../testing/databases';
import { buildEvidencePack } from './pack';
import { EvidencePackBuilds } from './pack-builds';
import { plantOrganisation } from '../../testing/evidence/planted-org';
import { readZip } from '../../testing/evidence/zip-read';
import { zipParts } from './zip';

/**
 * The worker thread builds the very pack the server built on its own thread before (same `now`,
 * same files, byte for byte), and only one build runs at a time. In-memory SQLite builds in-process:
 * the same answer. The one thing two builds never share is the BOM's serialNumber (a fresh UUID per
 * BOM, as CycloneDX asks), and with it that file's hash in SHA256SUMS and the manifest, and
 * SHA256SUMS's own hash in the manifest.
 */
function comparable(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, data] of readZip(zip)) files.set(name, data.toString('utf8'));
  const bom = [...files.keys()].find((n) => n.endsWith('/ai-bom.cdx.json'))!;
  const sums = files.get(bom.replace('ai-bom.cdx.json', 'SHA256SUMS'))!;
  const bomHash = /[0-9a-f]{64}(?= {2}ai-bom\.cdx\.json)/.exec(sums)![0];
  const sumsHash = createHash('sha256').update(sums, 'utf8').digest('hex');
  for (const [name, text] of files)
    files.set(
      name,
      text
        .replaceAll(bomHash, '<bom sha256>')
        .replaceAll(sumsHash, '<SHA256SUMS sha256>')
        .replace(/"serialNumber": "urn:uuid:[0-9a-f-]+"/, '"serialNumber": "<uuid>"'),
    );
  return files;
}

async function collect(parts: AsyncGenerator<Uint8Array>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const p of parts) out.push(Buffer.from(p));
  return Buffer.concat(out);
}

describe.each(setups)('evidence pack builds on $name', ({ open }) => {
  let t: TestDatabase;
  const now = Date.UTC(2026, 11, 4, 12);
  const folder = 'lantern-evidence-2026-12-04';

  beforeAll(async () => {
    t = await open();
    await plantOrganisation(t, now);
  });
  afterAll(async () => t.close());

  it('gives the same files as building on the server thread, one build at a time', async () => {
    const pack = await buildEvidencePack(t.db, now);
    const expected = Buffer.concat([
      ...zipParts(
        pack.files.map((f) => ({ name: `${folder}/${f.name}`, data: f.data })),
        now,
      ),
    ]);
    const builds = new EvidencePackBuilds(t);
    try {
      const first = builds.start(now, folder)!;
      expect(first).not.toBeNull();
      expect(builds.busy).toBe(true);
      expect(builds.start(now, folder)).toBeNull();
      const bytes = await collect(first);
      expect(builds.busy).toBe(false);
      expect(comparable(bytes)).toEqual(comparable(expected));
      // The kept worker serves the next pack too.
      expect(comparable(await collect(builds.start(now, folder)!))).toEqual(comparable(expected));
    } finally {
      builds.close();
    }
  });

  it('frees the slot when the client goes away mid-pack', async () => {
    const builds = new EvidencePackBuilds(t);
    try {
      const parts = builds.start(now, folder)!;
      await parts.next();
      await parts.return(undefined);
      expect(builds.busy).toBe(false);
      const again = builds.start(now, folder);
      expect(again).not.toBeNull();
      expect((await collect(again!)).length).toBeGreaterThan(0);
    } finally {
      builds.close();
    }
  });
});
