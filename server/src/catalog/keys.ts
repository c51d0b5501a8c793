import { createPublicKey, type KeyObject } from 'node:crypto';

/** A publisher key the server trusts for catalog releases, named by the `keyId` releases carry. */
export interface TrustedKey {
  keyId: string;
  key: KeyObject;
}

/**
 * The Lantern project's own catalog publisher key. Its private half is kept offline by the
 * maintainers and never enters the repository; servers trust it unless CATALOG_PUBLIC_KEY says
 * otherwise (see shared/src/catalog/README.md, "Releases").
 */
export const PROJECT_PUBLISHER_KEY =
  'lantern-catalog-2026:MCowBQYDK2VwAyEAiTQfibAXsZeBAhJS9T8qblpjrg+ovI+dSxfkc8d8Qn0=';

const KEY_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** base64 of the 32 raw key bytes, or of the SPKI DER (what `openssl pkey -pubout -outform DER` writes). */
function publicKeyFrom(base64: string): KeyObject {
  const der = Buffer.from(base64, 'base64');
  if (der.length === 32)
    return createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: der.toString('base64url') },
      format: 'jwk',
    });
  const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`is a ${key.asymmetricKeyType} key, not Ed25519`);
  return key;
}

/**
 * `keyId:BASE64[,keyId:BASE64...]` → trusted keys. Several keys let a publisher rotate: trust the new
 * key next to the old one, publish with the new one, then drop the old one. Throws one sentence.
 */
export function parseTrustedKeys(text: string): TrustedKey[] {
  const keys: TrustedKey[] = [];
  for (const item of text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const colon = item.indexOf(':');
    const keyId = item.slice(0, colon);
    if (colon <= 0 || !KEY_ID.test(keyId))
      throw new Error(`"${item.slice(0, 40)}" must be KEY_ID:BASE64 with a short lower-case key id`);
    try {
      keys.push({ keyId, key: publicKeyFrom(item.slice(colon + 1)) });
    } catch (error) {
      throw new Error(`key "${keyId}" is not an Ed25519 public key (${(error as Error).message})`);
    }
  }
  if (keys.length === 0) throw new Error('names no key');
  return keys;
}
