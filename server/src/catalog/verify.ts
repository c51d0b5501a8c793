import { createHash, verify } from 'node:crypto';
import { signedText, type CatalogRelease } from '@lantern/shared';
import type { TrustedKey } from './keys';

/**
 * SHA-256 (hex) of the signed bytes: a release's content address. `signed` is the release's
 * `signedText`, passed by a caller that has it already (serialising a large release costs).
 */
export function releaseSha256(release: CatalogRelease, signed = signedText(release)): string {
  return createHash('sha256').update(signed, 'utf8').digest('hex');
}

/**
 * Null when a trusted key with the release's key id signed exactly these bytes; otherwise the
 * reason, worded for the person running the import.
 */
export function signatureProblem(
  release: CatalogRelease,
  keys: readonly TrustedKey[],
  signed = signedText(release),
): string | null {
  if (keys.length === 0)
    return `no publisher key: this server trusts no catalog publisher yet; set CATALOG_PUBLISHER_KEYS to the key "${release.keyId}" was signed with (its publisher gives you the line)`;
  const key = keys.find((k) => k.keyId === release.keyId);
  if (key === undefined)
    return `untrusted key: signed with "${release.keyId}", this server trusts ${keys.map((k) => `"${k.keyId}"`).join(', ')} (CATALOG_PUBLISHER_KEYS)`;
  const signature = Buffer.from(release.signature, 'base64');
  const ok = verify(null, Buffer.from(signed, 'utf8'), key.key, signature);
  return ok ? null : `forged: the signature does not match the content for key "${release.keyId}"`;
}
