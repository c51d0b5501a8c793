import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The test build of the extension: `pnpm --filter @lantern/extension build:test` (run by
 * scripts/prepare-test.mjs before `pnpm test`) builds it with the fixed manifest `key` from
 * extension-key.json, so its id is known before Chromium starts and a managed policy can name it.
 */
export const TEST_EXTENSION_KEY_FILE = fileURLToPath(new URL('./extension-key.json', import.meta.url));
export const TEST_EXTENSION_DIR = fileURLToPath(
  new URL('../../../extension/.output/test/chrome-mv3', import.meta.url),
);

const keyFile = JSON.parse(readFileSync(TEST_EXTENSION_KEY_FILE, 'utf8')) as { id: string; key: string };

/** Chrome's id for an unpacked extension with a `key`: SHA-256 of the public key, first 32 hex digits as a–p. */
export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export const TEST_EXTENSION_ID = keyFile.id;
if (extensionIdFromKey(keyFile.key) !== TEST_EXTENSION_ID) {
  throw new Error('extension-key.json: the id does not match the key');
}

/** Fails early with the command to run instead of letting Chromium start without the extension. */
export function assertTestBuild(dir: string = TEST_EXTENSION_DIR): void {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`no test build at ${dir}: run \`pnpm --filter @lantern/extension build:test\``);
  }
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { key?: string };
  if (manifest.key !== keyFile.key) throw new Error(`${dir}/manifest.json lacks the test key: rebuild it`);
}
