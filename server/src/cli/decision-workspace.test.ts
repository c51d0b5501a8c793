import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { UsageError } from './usage';

// `lantern decision set TOOL_ID ... --company-workspace ID[,ID...]|none` (docs/deploy.md, issue 22).
const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-ws-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { DATABASE_URL: `sqlite:${join(dir, 'lantern.db')}` };
const WS = '550e8400-e29b-41d4-a716-446655440000';
const WS2 = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

async function lantern(args: string[]) {
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: () => undefined, input: Readable.from(['']) };
  try {
    return { code: await run(args, io, env), out: out.join('\n'), error: '' };
  } catch (e) {
    return { code: e instanceof UsageError ? 2 : 1, out: out.join('\n'), error: (e as Error).message };
  }
}
const set = (...extra: string[]) =>
  lantern(['decision', 'set', 'chatgpt', '--status', 'approved', '--enforcement', 'inform', ...extra]);

describe('lantern decision set --company-workspace', () => {
  it('sets, keeps when not mentioned, and removes with none', async () => {
    const first = await set(
      '--company-workspace',
      `${WS}, ${WS2}`,
      '--company-workspace-link',
      'https://chatgpt.com/',
    );
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out).companyWorkspace).toMatchObject({
      ids: [WS, WS2],
      link: 'https://chatgpt.com/',
    });
    const kept = await set('--conditions', 'No customer data.');
    expect(JSON.parse(kept.out).companyWorkspace).toMatchObject({ ids: [WS, WS2] });
    const removed = await set('--company-workspace', 'none');
    expect(JSON.parse(removed.out).companyWorkspace).toBeUndefined();
  });

  it('refuses a malformed identifier with a clear error and changes nothing', async () => {
    await set('--company-workspace', WS);
    const bad = await set('--company-workspace', 'org-Tkxfm8owx4zIPaJGNDVrPs6m');
    expect(bad.code).toBe(1);
    expect(bad.error).toMatch(/companyWorkspace\.ids: "org-tkxfm8owx4zipajgndvrps6m" is not a UUID/);
    const still = await set();
    expect(JSON.parse(still.out).companyWorkspace).toMatchObject({ ids: [WS] });
    expect((await set('--company-workspace-link', 'https://x.example/')).code).toBe(2);
  });
});
