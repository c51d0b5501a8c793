import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, migrateToLatest } from '@lantern/server';
import { plantOrganisation, rehashChain } from '@lantern/server/testing';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Security finding 9 through the real CLI: `audit checkpoint` prints signed chain heads, and
 * `audit verify --checkpoints FILE` fails, naming the checkpoint, once the database was rewritten
 * with every hash recomputed (which plain `audit verify` cannot see).
 */
describe('pnpm --silent lantern audit checkpoint / audit verify --checkpoints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-checkpoint-cli-'));
  const databaseUrl = `sqlite:${join(dir, 'lantern.db')}`;
  const lantern = (...args: string[]) =>
    spawnSync('pnpm', ['--silent', 'lantern', ...args], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });

  beforeAll(async () => {
    const handle = createDatabase(databaseUrl);
    await migrateToLatest(handle.db);
    await plantOrganisation({ ...handle, url: databaseUrl, schema: null, reset: async () => {} });
    await handle.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints checkpoints, verifies against them, and names the one a full rehash broke', async () => {
    const made = lantern('audit', 'checkpoint');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const printed = made.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(printed.map((c) => Object.keys(c).sort())).toEqual(
      Array(2).fill(['at', 'chain', 'headHash', 'keyId', 'seq', 'signature', 'version']),
    );
    const file = join(dir, 'kept.jsonl');
    writeFileSync(file, made.stdout);
    const key = lantern('audit', 'public-key');
    expect(key.stdout).toMatch(
      new RegExp(`^key id ${String(printed[0]!.keyId)}\\n-----BEGIN PUBLIC KEY-----`),
    );

    const good = lantern('audit', 'verify', '--checkpoints', file);
    expect(good.stdout).toMatch(
      /checkpoint line 1 \(acknowledgements seq 4 at .*\): ok, the chain extends it/,
    );
    expect(good.status).toBe(0);

    // The attacker edits an acceptance and recomputes every hash and the head.
    const handle = createDatabase(databaseUrl);
    await handle.db.updateTable('acknowledgements').set({ tool_id: 'claude' }).where('seq', '=', 2).execute();
    await rehashChain(handle.db, 'acknowledgements');
    await handle.close();
    expect(lantern('audit', 'verify').status).toBe(0); // the walk alone cannot tell
    const caught = lantern('audit', 'verify', '--checkpoints', file);
    expect(caught.stdout).toMatch(/acknowledgements: ok/);
    expect(caught.stdout).toMatch(
      /checkpoint line 1 \(acknowledgements seq 4 at .*\): FAILED: the chain no longer extends it/,
    );
    expect(caught.stdout).toMatch(/checkpoint line 2 \(audit_log .*\): ok/);
    expect(caught.status).toBe(1);

    // A checkpoint whose signature was tampered with is refused.
    const forged = { ...printed[1]!, seq: 1 };
    writeFileSync(file, `${JSON.stringify(forged)}\n`);
    const refused = lantern('audit', 'verify', '--checkpoints', file);
    expect(refused.stdout).toMatch(
      /checkpoint line 1 \(audit_log seq 1 .*\): FAILED: the signature does not verify/,
    );
    expect(refused.status).toBe(1);
  }, 180_000);
});
