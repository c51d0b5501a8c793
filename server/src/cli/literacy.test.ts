import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { publishModule } from '../db/repositories/literacy-modules.repository';
import { run } from './run';
import { UsageError } from './usage';

const dir = mkdtempSync(join(tmpdir(), 'lantern-literacy-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { DATABASE_URL: `sqlite:${join(dir, 'lantern.db')}` };

async function lantern(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), input: Readable.from(['']) };
  const code = await run(args, io, env).catch((e: unknown) => {
    err.push((e as Error).message);
    return e instanceof UsageError ? 2 : 1;
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lantern literacy import FILE', () => {
  it('imports every row or none, naming the refused lines', async () => {
    const h = createDatabase(env.DATABASE_URL);
    await migrateToLatest(h.db);
    await publishModule(
      h.db,
      'ai-basics',
      { title: 'AI basics', body: 'Read this.', courseUrl: null, questions: [], passMark: null },
      'test',
      Date.UTC(2026, 0, 1),
    );
    await h.close();
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'email,module_id,date\nada@example.com,ai-basics,2026-03-01\nbob@example.com,nope,2026-03-01\n',
    );
    const refused = await lantern(['literacy', 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/nothing imported: 1 row\(s\) refused — line 3: unknown module "nope"/);
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'email,module_id,date\nada@example.com,ai-basics,2026-03-01\n');
    expect(await lantern(['literacy', 'import', good])).toMatchObject({ code: 0, out: '{"imported":1}' });
    const exported = await lantern(['export', 'literacy', '--format', 'json']);
    expect(exported.code).toBe(0);
    expect(await lantern(['audit', 'verify'])).toMatchObject({ code: 0 });
    expect((await lantern(['literacy', 'import'])).code).toBe(2);
  });
});
