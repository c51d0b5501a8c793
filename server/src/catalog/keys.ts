import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** A publisher key the server trusts for catalog releases, named by the `keyId` releases carry. */
export interface TrustedKey {
  keyId: string;
  key: KeyObject;
}

/**
 * No publisher key is built in. The catalog compiled into a build needs no signature (it arrives with
 * the build itself); a release from elsewhere is trusted only under a key the organisation chose to
 * trust in CATALOG_PUBLISHER_KEYS. A built-in default would be a key whose private half someone must
 * hold forever on every installation's behalf (see shared/src/catalog/README.md, "Key handling").
 */
export const PUBLISHER_KEYS_SETTING = 'CATALOG_PUBLISHER_KEYS';

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
  if (new Set(keys.map((k) => k.keyId)).size !== keys.length) throw new Error('names one key id twice');
  return keys;
}

/** A new publisher key pair: the private key as PEM (keep it offline) and its trust line. */
export function generatePublisherKey(keyId: string): { privateKeyPem: string; trustLine: string } {
  if (!KEY_ID.test(keyId)) throw new Error(`key id "${keyId.slice(0, 40)}" must be short, lower-case`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    trustLine: `${keyId}:${spki}`,
  };
}
