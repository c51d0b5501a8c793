import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, migrateToLatest } from '@lantern/server';
import { plantOrganisation } from '@lantern/server/testing';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('pnpm --silent lantern export evidence --out DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-evidence-cli-'));
  const databaseUrl = `sqlite:${join(dir, 'lantern.db')}`;
  let planted: Awaited<ReturnType<typeof plantOrganisation>>;

  beforeAll(async () => {
    const handle = createDatabase(databaseUrl);
    await migrateToLatest(handle.db);
    planted = await plantOrganisation({ ...handle, url: databaseUrl, schema: null, reset: async () => {} });
    await handle.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the whole pack into the given folder, as an operator runs it', () => {
    const out = join(dir, 'pack', 'nested');
    const run = spawnSync('pnpm', ['--silent', 'lantern', 'export', 'evidence', '--out', out], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(run.stderr).toMatch(
      /^evidence pack written to .*nested \(\d+ files, 7 gaps, hash chains verified\)\n$/,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      files: { file: string }[];
    };
    for (const f of manifest.files) expect(existsSync(join(out, f.file)), f.file).toBe(true);
    expect(readdirSync(join(out, 'policies')).sort()).toEqual(['policy-v1.md', 'policy-v2.md']);
    const gaps = JSON.parse(readFileSync(join(out, 'gaps.json'), 'utf8')) as Record<string, unknown>[];
    expect(gaps.map((g) => [g.kind, g.tool_id, g.person, g.device_id])).toEqual(planted.gaps);
    const verify = spawnSync(process.execPath, ['verify-chain.mjs', 'acknowledgements.json'], {
      cwd: out,
      encoding: 'utf8',
    });
    expect(verify.stdout).toMatch(/^ok: 4 records, head [0-9a-f]{64}\n$/);
  }, 120_000);
});
