import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startServer, type RunningServer } from '@lantern/server';
import { plantOrganisation, readZip, dialects } from '@lantern/server/testing';
import { useTestDatabase } from '@lantern/server/testing/use-database';

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
if (!hasUnzip) console.warn('evidence-http: no `unzip` here; the ZIP is checked with our own reader only');

describe.each(dialects)('GET /api/export/evidence.zip on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  let server: RunningServer;
  let planted: Awaited<ReturnType<typeof plantOrganisation>>;
  const dir = mkdtempSync(join(tmpdir(), 'lantern-evidence-http-'));

  beforeAll(async () => {
    planted = await plantOrganisation(t);
    server = await startServer({ database: t, port: 0, logger: createLogger({ level: 'silent' }) });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${server.url}/api/export/evidence.zip`, { method, headers });

  it('streams the pack as a ZIP to an auditor token: manifest hashes hold, gaps are the planted ones', async () => {
    const res = await get({ authorization: `Bearer ${planted.auditorToken}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const stamp = new Date().toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="lantern-evidence-${stamp}.zip"`,
    );
    const archive = Buffer.from(await res.arrayBuffer());
    const files = readZip(archive);
    const folder = `lantern-evidence-${stamp}/`;
    const read = (name: string) => files.get(folder + name)!;
    const manifest = JSON.parse(read('manifest.json').toString()) as {
      files: { file: string; sha256: string }[];
    };
    expect([...files.keys()].sort()).toEqual(
      [...manifest.files.map((f) => f.file), 'manifest.json'].map((f) => folder + f).sort(),
    );
    const gaps = JSON.parse(read('gaps.json').toString()) as Record<string, unknown>[];
    expect(gaps.map((g) => [g.kind, g.tool_id, g.person, g.device_id])).toEqual(planted.gaps);

    if (!hasUnzip) return;
    const file = join(dir, `${dialect}.zip`);
    writeFileSync(file, archive);
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    execFileSync('unzip', ['-q', file, '-d', join(dir, dialect)]);
    // The auditor's first step in the pack's README: every file against SHA256SUMS.
    const sums = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
      cwd: join(dir, dialect, folder),
      encoding: 'utf8',
    });
    expect(sums.trimEnd().split('\n')).toHaveLength(manifest.files.length - 1);
    expect(sums).not.toMatch(/FAILED/);
  });

  it('accepts a dashboard session cookie, as the Exports page link sends it', async () => {
    const signIn = await fetch(`${server.url}/trpc/session.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: planted.adminToken }),
    });
    const cookie = /lantern_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0];
    expect(cookie).toBeDefined();
    const res = await get({ cookie: cookie! });
    expect(res.status).toBe(200);
    expect(readZip(Buffer.from(await res.arrayBuffer())).size).toBeGreaterThan(20);
  });

  it('refuses anyone else: 401 without a token, 403 for a device, 405 for POST', async () => {
    const none = await get();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await get({ authorization: `Bearer ${planted.deviceToken}` })).status).toBe(403);
    expect((await get({ authorization: 'Bearer not-a-token' })).status).toBe(401);
    expect((await get({ authorization: `Bearer ${planted.auditorToken}` }, 'POST')).status).toBe(405);
  });
});
