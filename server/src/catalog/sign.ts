import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import {
  RELEASE_FORMAT,
  signedText,
  type CatalogRelease,
  type CatalogReleasePayload,
  type Tool,
} from '@lantern/shared';
import type { SupplierProfile } from '@lantern/shared/suppliers';

/** An Ed25519 private key from PEM text (`openssl genpkey -algorithm ed25519`). */
export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`the key is ${key.asymmetricKeyType ?? 'not asymmetric'}, not Ed25519`);
  return key;
}

/** A release number from a time: UTC `YYYYMMDDHHmm`, so releases sort by when they were made. */
export function versionAt(ms: number): number {
  const iso = new Date(ms).toISOString(); // 2026-12-04T21:30:00.000Z
  return Number(iso.slice(0, 16).replace(/[-T:]/g, ''));
}

export function signRelease(
  input: {
    version: number;
    keyId: string;
    tools: readonly Tool[];
    publishedAt: string;
    /** Supplier facts to deliver with the tools; left out, the release carries none. */
    suppliers?: readonly SupplierProfile[];
  },
  key: KeyObject,
): CatalogRelease {
  const payload: CatalogReleasePayload = {
    format: RELEASE_FORMAT,
    version: input.version,
    publishedAt: input.publishedAt,
    keyId: input.keyId,
    tools: [...input.tools],
    ...(input.suppliers ? { suppliers: [...input.suppliers] } : {}),
  };
  const signature = sign(null, Buffer.from(signedText(payload), 'utf8'), key).toString('base64');
  return { ...payload, signature };
}
