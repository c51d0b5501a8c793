import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { BASELINE_RELEASE_VERSION } from '@lantern/shared';
import { supplierProfiles } from '@lantern/shared/suppliers';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { UsageError } from './usage';

// The publisher's key lives outside any repository: here, a temporary directory.
const dir = mkdtempSync(join(tmpdir(), 'lantern-catalog-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
writeFileSync(join(dir, 'publisher.pem'), privateKey.export({ format: 'pem', type: 'pkcs8' }));
const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const env = {
  DATABASE_URL: `sqlite:${join(dir, 'lantern.db')}`,
  INIT_CWD: dir,
  CATALOG_PUBLISHER_KEYS: `acme-catalog:${spki}`,
};

async function lantern(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), input: Readable.from(['']) };
  const code = await run(args, io, env).catch((e: unknown) => (e instanceof UsageError ? 2 : 1));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sign = (out: string, version: number) =>
  lantern([
    'catalog',
    'sign',
    '--key',
    'publisher.pem',
    '--key-id',
    'acme-catalog',
    '--out',
    out,
    '--version',
    String(version),
  ]);

describe('lantern catalog sign and import', () => {
  it('signs the compiled catalog and its supplier facts, and prints the line CATALOG_PUBLISHER_KEYS takes', async () => {
    const signed = await sign('v2.json', BASELINE_RELEASE_VERSION + 2);
    expect(signed.code).toBe(0);
    expect(JSON.parse(signed.out)).toMatchObject({
      version: BASELINE_RELEASE_VERSION + 2,
      publicKey: `acme-catalog:${spki}`,
    });
    const release = JSON.parse(readFileSync(join(dir, 'v2.json'), 'utf8')) as {
      keyId: string;
      suppliers: unknown[];
    };
    expect(release.keyId).toBe('acme-catalog');
    expect(release.suppliers).toEqual(supplierProfiles);
  });

  it('imports it (exit 0), then refuses an older, a forged, an unsigned and a missing file with exit 1', async () => {
    const ok = await lantern(['catalog', 'import', 'v2.json']);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(ok.out)).toMatchObject({ status: 'installed', version: BASELINE_RELEASE_VERSION + 2 });

    await sign('v1.json', BASELINE_RELEASE_VERSION + 1);
    expect(await lantern(['catalog', 'import', 'v1.json'])).toEqual({
      code: 1,
      out: '',
      err: `lantern: catalog release refused: older: version ${BASELINE_RELEASE_VERSION + 1} is not newer than the installed release ${BASELINE_RELEASE_VERSION + 2}`,
    });

    await sign('v3.json', BASELINE_RELEASE_VERSION + 3);
    const forged = readFileSync(join(dir, 'v3.json'), 'utf8').replace('"ChatGPT"', '"ChatGPT Free Prizes"');
    writeFileSync(join(dir, 'forged.json'), forged);
    expect(await lantern(['catalog', 'import', 'forged.json'])).toMatchObject({
      code: 1,
      err: 'lantern: catalog release refused: forged: the signature does not match the content for key "acme-catalog"',
    });

    const unsigned = JSON.parse(readFileSync(join(dir, 'v3.json'), 'utf8')) as Record<string, unknown>;
    delete unsigned.signature;
    writeFileSync(join(dir, 'unsigned.json'), JSON.stringify(unsigned));
    expect(await lantern(['catalog', 'import', 'unsigned.json'])).toMatchObject({
      code: 1,
      err: 'lantern: catalog release refused: unsigned: the release has no signature',
    });
    expect(await lantern(['catalog', 'import', 'nowhere.json'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^lantern: cannot read release .*nowhere\.json: ENOENT$/),
    });
    expect((await lantern(['catalog', 'import'])).code).toBe(2);
  });

  it('runs as a real process: the exit code and the message reach the shell', () => {
    const cli = fileURLToPath(new URL('./main.ts', import.meta.url));
    const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'catalog', 'import', 'forged.json'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'lantern: catalog release refused: forged: the signature does not match the content for key "acme-catalog"',
    );
    const bad = spawnSync(process.execPath, ['--import', 'tsx', cli, 'catalog', 'import', 'v3.json'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      // The older name of the setting is still read.
      env: { ...process.env, ...env, CATALOG_PUBLISHER_KEYS: '', CATALOG_PUBLIC_KEY: 'acme-catalog:notakey' },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /^lantern: Invalid setting CATALOG_PUBLIC_KEY: key "acme-catalog" is not an Ed25519 public key/,
    );
  });
});
