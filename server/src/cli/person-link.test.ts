import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { UsageError } from './usage';

const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-link-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lantern(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), input: Readable.from(['']) };
  const code = await run(args, io, env).catch((e: unknown) => (e instanceof UsageError ? 2 : 1));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lantern person link', () => {
  const env = {
    DATABASE_URL: `sqlite:${join(dir, 'lantern.db')}`,
    PUBLIC_URL: 'https://lantern.example.com',
  };

  it('prints a single-use link for one person, a new one replacing the last', async () => {
    const first = await lantern(['person', 'link', 'Ada@Example.com', '--days', '3'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^https:\/\/lantern\.example\.com\/auth\/link#code=[A-Za-z0-9_-]{43}$/);
    expect(first.err).toContain('single use');
    const second = await lantern(['person', 'link', 'ada@example.com'], env);
    expect(second.out).not.toBe(first.out);
    const noUrl = await lantern(['person', 'link', 'ada@example.com'], { DATABASE_URL: env.DATABASE_URL });
    expect(noUrl.out).toMatch(/^\/auth\/link#code=/);
    expect(noUrl.err).toContain('PUBLIC_URL is not set');
  });

  it('refuses bad arguments', async () => {
    expect((await lantern(['person', 'link'], env)).code).toBe(2);
    expect((await lantern(['person', 'link', 'ada@example.com', '--days', '31'], env)).code).toBe(2);
    expect((await lantern(['person', 'link', 'not an email'], env)).code).toBe(1);
  });
});
