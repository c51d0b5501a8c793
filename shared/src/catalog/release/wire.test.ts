import { describe, expect, it } from 'vitest';
import { catalog } from '../index';
import { signedTextSha256 } from './digest';
import { RELEASE_FORMAT, type CatalogRelease } from './schema';
import { readCatalogAnswer, releaseWireText } from './wire';

const SIGNATURE = `${'Ab+/'.repeat(21)}Qw==`;

/** A release of real catalog entries; the signature's form is all that matters here (the server verified it). */
function release(tools = catalog.slice(0, 50)): CatalogRelease {
  return {
    format: RELEASE_FORMAT,
    version: 202612070000,
    publishedAt: '2026-12-07T00:00:00.000Z',
    keyId: 'test',
    tools: [...tools],
    signature: SIGNATURE,
  };
}

/** The bytes `sync.catalog` answers with for a stored body, as tRPC writes them. */
const answer = (body: string) =>
  new TextEncoder().encode(JSON.stringify({ result: { data: JSON.parse(body) as unknown } }));

describe('a release on the wire', () => {
  it('parses back to the release, and is its signed text with the signature as the last member', async () => {
    const r = release();
    const wire = releaseWireText(r);
    expect(JSON.parse(wire)).toEqual(r);
    expect(wire.endsWith(`,"signature":"${SIGNATURE}"}`)).toBe(true);
    // A server relays it through JSON.parse and tRPC's JSON.stringify: the text comes out unchanged.
    expect(JSON.stringify(JSON.parse(wire))).toBe(wire);
  });

  it('is checked by hashing the received bytes, with the same address as re-serialising', async () => {
    const r = release();
    const sha256 = await signedTextSha256(r);
    const read = await readCatalogAnswer(answer(releaseWireText(r)), sha256);
    expect(read).toMatchObject({ ok: true, sha256, direct: true });
    expect(read.ok && read.release).toEqual(r);
  });

  it('falls back to re-serialising for a body stored in another key order (servers before this form)', async () => {
    const r = release();
    const sha256 = await signedTextSha256(r);
    const old = JSON.stringify(r); // format, version, publishedAt, keyId, tools, signature: not canonical
    const read = await readCatalogAnswer(answer(old), sha256);
    expect(read).toMatchObject({ ok: true, sha256, direct: false });
  });

  it('gives a different address for a changed byte, so the browser refuses it', async () => {
    const r = release();
    const sha256 = await signedTextSha256(r);
    const bytes = answer(releaseWireText(r));
    const text = new TextDecoder().decode(bytes).replace(`"${r.tools[3]!.name}"`, '"Renamed"');
    const read = await readCatalogAnswer(new TextEncoder().encode(text), sha256);
    expect(read.ok).toBe(true);
    expect(read.ok && read.sha256).not.toBe(sha256);
    expect(read.ok && read.direct).toBe(false);
  });

  it('is not fooled by a signature-like string inside a tool or by a second signature member', async () => {
    const sneaky = { ...catalog[0]!, name: 'x","signature":"AA==' };
    const r = release([sneaky, ...catalog.slice(1, 5)]);
    const sha256 = await signedTextSha256(r);
    expect(await readCatalogAnswer(answer(releaseWireText(r)), sha256)).toMatchObject({
      ok: true,
      sha256,
      direct: true,
    });
    // An answer whose signature member is not the last one is hashed the slow way.
    const wire = releaseWireText(r);
    const moved = `{"signature":"${SIGNATURE}",${wire.slice(1, wire.lastIndexOf(',"signature"'))}}`;
    expect(await readCatalogAnswer(answer(moved), sha256)).toMatchObject({ ok: true, sha256, direct: false });
  });

  it('names what is wrong with an answer that is not a release', async () => {
    const sha = '0'.repeat(64);
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(await readCatalogAnswer(new Uint8Array([0xff, 0xfe, 0x7b]), sha)).toEqual({
      ok: false,
      problem: 'the answer is not UTF-8 text',
    });
    expect(await readCatalogAnswer(enc('{"result":'), sha)).toEqual({
      ok: false,
      problem: 'the answer is not JSON',
    });
    expect(await readCatalogAnswer(enc('{"error":{}}'), sha)).toEqual({
      ok: false,
      problem: 'the answer has no result',
    });
    expect(await readCatalogAnswer(enc('{"result":{"data":{"format":"x"}}}'), sha)).toEqual({
      ok: false,
      problem: 'the answer is not a catalog release',
    });
  });

  it('keeps non-ASCII names intact: offsets at the two ends are ASCII, the middle may be anything', async () => {
    const r = release([{ ...catalog[0]!, name: 'Тест 通义 🤖' }, ...catalog.slice(1, 3)]);
    const sha256 = await signedTextSha256(r);
    const read = await readCatalogAnswer(answer(releaseWireText(r)), sha256);
    expect(read).toMatchObject({ ok: true, sha256, direct: true });
    expect(read.ok && read.release.tools[0]!.name).toBe('Тест 通义 🤖');
  });
});
