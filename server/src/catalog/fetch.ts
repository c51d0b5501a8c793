import { RELEASE_LIMITS } from '@lantern/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { installRelease, ReleaseRefused, type InstallResult } from './install';
import type { TrustedKey } from './keys';

/** How long one fetch of the release may take, body included. */
const FETCH_TIMEOUT_MS = 60_000;

/**
 * Reads at most `limit` bytes of a response body; refuses (without reading on) as soon as it is
 * longer, so a hostile or broken URL cannot make the server buffer gigabytes.
 */
async function boundedText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new ReleaseRefused(`oversize: ${declared} bytes, the limit is ${limit}`);
  // Node's own fetch types leave the body's chunk type open (`any`); its chunks are bytes.
  const body = response.body as ReadableStream<Uint8Array> | null;
  const reader = body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ReleaseRefused(`oversize: more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Fetches the release at `url` and installs it when it is newer; throws ReleaseRefused or a network error. */
export async function fetchAndInstall(
  db: Kysely<Database>,
  url: string,
  keys: readonly TrustedKey[],
  now: () => number,
): Promise<InstallResult> {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`GET ${url} answered HTTP ${response.status}`);
  }
  const text = await boundedText(response, RELEASE_LIMITS.maxBytes);
  return installRelease(db, text, { keys, source: `url ${url}`, actor: 'catalog-fetch', now: now() });
}
