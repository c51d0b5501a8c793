import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BASELINE_RELEASE_VERSION } from '@lantern/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogSettings, SettingError } from '../env';
import { run } from './run';
import { UsageError } from './usage';

// Key handling: no key is built in, so a fresh server trusts nobody until its operator names a publisher.
const dir = mkdtempSync(join(tmpdir(), 'lantern-catalog-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = { DATABASE_URL: `sqlite:${join(dir, 'lantern.db')}`, INIT_CWD: dir };

async function lantern(args: string[], env: Record<string, string> = base) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), input: Readable.from(['']) };
  const code = await run(args, io, env).catch((e: unknown) => (e instanceof UsageError ? 2 : 1));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('catalog publisher keys', () => {
  it('keygen writes a private key only to a new file and prints the line servers trust', async () => {
    const made = await lantern(['catalog', 'keygen', '--key-id', 'acme-2027', '--out', 'acme.pem']);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/^CATALOG_PUBLISHER_KEYS=acme-2027:[A-Za-z0-9+/]+=*$/);
    expect(made.out).not.toContain('PRIVATE');
    expect(readFileSync(join(dir, 'acme.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    if (process.platform !== 'win32') expect(statSync(join(dir, 'acme.pem')).mode & 0o077).toBe(0);
    const again = await lantern(['catalog', 'keygen', '--out', 'acme.pem']);
    expect(again).toMatchObject({ code: 1, err: expect.stringMatching(/acme\.pem: it already exists$/) });
    expect((await lantern(['catalog', 'keygen'])).code).toBe(2);
    expect((await lantern(['catalog', 'keygen', '--key-id', 'Bad Id', '--out', 'x.pem'])).code).toBe(2);
  });

  it('a release signed with that key is refused until the key is configured, then installed', async () => {
    const line = (await lantern(['catalog', 'keygen', '--key-id', 'acme-rel', '--out', 'rel.pem'])).out;
    const version = String(BASELINE_RELEASE_VERSION + 5);
    const signArgs = ['catalog', 'sign', '--key', 'rel.pem', '--key-id', 'acme-rel', '--out', 'r.json'];
    expect((await lantern([...signArgs, '--version', version])).code).toBe(0);

    expect(await lantern(['catalog', 'import', 'r.json'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^lantern: catalog release refused: no publisher key: /),
    });
    const trusted = { ...base, CATALOG_PUBLISHER_KEYS: line.slice('CATALOG_PUBLISHER_KEYS='.length) };
    const ok = await lantern(['catalog', 'import', 'r.json'], trusted);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ status: 'installed', version: Number(version) });
  });

  it('settings: none means no trusted key; a URL needs a key; the two names must agree', () => {
    expect(readCatalogSettings({}).keys).toEqual([]);
    const key = 'k1:MCowBQYDK2VwAyEAiTQfibAXsZeBAhJS9T8qblpjrg+ovI+dSxfkc8d8Qn0=';
    expect(readCatalogSettings({ CATALOG_PUBLISHER_KEYS: key }).keys.map((k) => k.keyId)).toEqual(['k1']);
    expect(readCatalogSettings({ CATALOG_PUBLIC_KEY: key }).keys.map((k) => k.keyId)).toEqual(['k1']);
    expect(() => readCatalogSettings({ CATALOG_URL: 'https://catalog.example/c.json' })).toThrow(
      /CATALOG_URL.*needs CATALOG_PUBLISHER_KEYS/,
    );
    expect(() =>
      readCatalogSettings({ CATALOG_PUBLISHER_KEYS: key, CATALOG_PUBLIC_KEY: key.replace('k1', 'k2') }),
    ).toThrow(SettingError);
    expect(() => readCatalogSettings({ CATALOG_PUBLISHER_KEYS: `${key},${key}` })).toThrow(
      /one key id twice/,
    );
  });
});
