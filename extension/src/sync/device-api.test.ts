import {
  RELEASE_FORMAT,
  catalog,
  releaseWireText,
  signedTextSha256,
  type CatalogRelease,
} from '@lantern/shared';
import { describe, expect, it } from 'vitest';
import { createDeviceApi, normaliseServerUrl, type FetchFn } from './device-api';
import { answerBytes } from './http-exchange';

describe('server address', () => {
  it('keeps scheme, host, port and base path, without a trailing slash, query or fragment', () => {
    expect(normaliseServerUrl(' https://lantern.example.com/ ')).toBe('https://lantern.example.com');
    expect(normaliseServerUrl('http://127.0.0.1:8787/lantern/?x=1#y')).toBe('http://127.0.0.1:8787/lantern');
  });

  it('explains what is wrong with an address an admin or employee mistyped', () => {
    expect(() => normaliseServerUrl('lantern.example.com')).toThrow(/write it in full, like https:\/\//);
    expect(() => normaliseServerUrl('ftp://lantern.example.com')).toThrow(
      /must start with https:\/\/ or http:\/\//,
    );
  });
});

describe('sync.catalog over the device API', () => {
  const release: CatalogRelease = {
    format: RELEASE_FORMAT,
    version: 202612070100,
    publishedAt: '2026-12-07T01:00:00.000Z',
    keyId: 'test',
    tools: catalog.slice(0, 20),
    signature: `${'Q'.repeat(86)}==`,
  };
  const answering =
    (status: number, body: string, seen: string[] = []): FetchFn =>
    async (input, init) => {
      seen.push(`${String(input)} ${typeof init?.body === 'string' ? init.body : ''}`);
      return new Response(body, { status, headers: { 'content-type': 'application/json' } });
    };

  it('takes a wire-text answer and returns the SHA-256 of the signed text, sending only the address', async () => {
    const sha256 = await signedTextSha256(release);
    const seen: string[] = [];
    const api = createDeviceApi(
      'https://lantern.example.com/',
      answering(200, `{"result":{"data":${releaseWireText(release)}}}`, seen),
    );
    const fetched = await api.catalog('token', { protocolVersion: 1, sha256 });
    expect(fetched.sha256).toBe(sha256);
    expect(fetched.release).toEqual(release);
    expect(seen).toEqual([
      `https://lantern.example.com/trpc/sync.catalog {"protocolVersion":1,"sha256":"${sha256}"}`,
    ]);
  });

  it('names a refusal, and refuses an answer that is not a release', async () => {
    const input = { protocolVersion: 1 as const, sha256: 'a'.repeat(64) };
    const notFound =
      '{"error":{"message":"no installed catalog release has this address","data":{"code":"NOT_FOUND"}}}';
    await expect(
      createDeviceApi('https://l.example', answering(404, notFound)).catalog('t', input),
    ).rejects.toThrow('sync.catalog: HTTP 404 no installed catalog release has this address');
    await expect(
      createDeviceApi('https://l.example', answering(200, '{"result":{"data":{"format":"x"}}}')).catalog(
        't',
        input,
      ),
    ).rejects.toThrow(
      'sync.catalog: unexpected answer from the server (the answer is not a catalog release)',
    );
  });

  it('refuses an answer larger than the size it allows', async () => {
    const exchange = { procedure: 'sync.catalog', timeoutMs: 1000, signal: AbortSignal.timeout(1000) };
    await expect(answerBytes(new Response('x'.repeat(2049)), exchange, 2048)).rejects.toThrow(
      'sync.catalog: the answer is larger than 2048 bytes',
    );
    expect((await answerBytes(new Response('x'.repeat(2048)), exchange, 2048)).length).toBe(2048);
  });
});
