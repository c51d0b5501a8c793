import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { catalog, type Tool } from '@lantern/shared';
import type { SupplierProfile } from '@lantern/shared/suppliers';
import type { TrustedKey } from '../../src/catalog/keys';
import { signRelease } from '../../src/catalog/sign';

/** Test support: a fresh publisher key pair, trusted under `keyId`. */
export function testPublisher(keyId = 'test-publisher'): {
  keyId: string;
  privateKey: KeyObject;
  trusted: TrustedKey;
} {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { keyId, privateKey, trusted: { keyId, key: publicKey } };
}

/** A made-up AI tool no compiled catalog has, on a hostname nobody owns. */
export function newTool(id = 'quillmind', host = 'quillmind-ai.example'): Tool {
  return {
    id,
    name: 'Quillmind',
    vendor: 'Quillmind Labs',
    category: 'writing',
    domains: [host],
    urlPrefixes: [],
    apiEndpoints: [],
    extensionIds: [],
    supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
    source: 'https://quillmind-ai.example/about',
    checked: '2026-12-01',
  };
}

/** Release text: the compiled catalog plus `extra` tools (and `suppliers`, if given), signed with `key`. */
export function releaseText(
  publisher: { keyId: string; privateKey: KeyObject },
  version: number,
  extra: readonly Tool[] = [newTool()],
  base: readonly Tool[] = catalog,
  suppliers?: readonly SupplierProfile[],
): string {
  const release = signRelease(
    {
      version,
      keyId: publisher.keyId,
      tools: [...base, ...extra],
      publishedAt: '2026-12-04T12:00:00.000Z',
      ...(suppliers ? { suppliers } : {}),
    },
    publisher.privateKey,
  );
  return JSON.stringify(release);
}
