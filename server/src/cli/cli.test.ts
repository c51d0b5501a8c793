import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { UsageError } from './usage';

const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { DATABASE_URL: `sqlite:${join(dir, 'lantern.db')}` };

/** The CLI in-process (fast); one test below runs the real process for paths and exit codes. */
async function lantern(args: string[], input = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    input: Readable.from([input]),
  };
  const code = await run(args, io, env).catch((e: unknown) => (e instanceof UsageError ? 2 : 1));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the lantern CLI', () => {
  it('migrates a fresh database, creates a token and prints it alone', async () => {
    const r = await lantern(['token', 'create', '--role', 'auditor', '--name', 'Auditors']);
    expect(r).toMatchObject({ code: 0, out: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  });

  it('verifies the audit chains, then names the first tampered record', async () => {
    writeFileSync(join(dir, 'policy.md'), '# Our AI policy\n');
    const published = await lantern([
      'policy',
      'publish',
      '--title',
      'AI policy',
      '--file',
      join(dir, 'policy.md'),
    ]);
    expect(JSON.parse(published.out)).toEqual({
      version: 1,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const decided = await lantern([
      'decision',
      'set',
      'chatgpt',
      '--status',
      'conditional',
      '--enforcement',
      'acknowledge',
    ]);
    expect(JSON.parse(decided.out)).toMatchObject({ toolId: 'chatgpt', status: 'conditional' });
    expect((await lantern(['audit', 'verify'])).out).toMatch(/audit_log: ok, 3 records/);
    const db = new Database(join(dir, 'lantern.db'));
    db.prepare("update audit_log set actor = 'someone else' where seq = 2").run();
    db.close();
    const broken = await lantern(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/audit_log: BROKEN at record 2/);
  });

  it('classifies one JSON object per input line, bad input included', async () => {
    const r = await lantern(['classify'], 'chatgpt.com\n%%%\n');
    expect(r.out.split('\n').map((l) => (JSON.parse(l) as { toolId: string | null }).toolId)).toEqual([
      'chatgpt',
      null,
    ]);
  });

  it('writes an evidence pack with a per-control summary', async () => {
    const r = await lantern(['export', 'evidence', '--out', join(dir, 'evidence')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/evidence pack written/);
  });

  it('as a process: resolves paths where the user ran pnpm, and exits 2 with usage on bad input', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const spawn = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, INIT_CWD: dir, DATABASE_URL: 'sqlite:./relative.db' },
        encoding: 'utf8',
      });
    const ok = spawn(['export', 'registrations', '--format', 'csv']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^person,identity_assurance,tool_id,/);
    expect(
      new Database(join(dir, 'relative.db')).prepare('select count(*) as n from policy_versions').get(),
    ).toEqual({ n: 0 });
    const bad = spawn(['export', 'inventory', '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format must be csv or json[\s\S]*Usage:/);
  }, 90_000);
});
