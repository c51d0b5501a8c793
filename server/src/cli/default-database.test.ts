import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../env';
import { DEFAULT_DATABASE_URL } from './default-database';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe("the CLI's default database", () => {
  it('is the one `pnpm start` uses, from the repository root or from server/', () => {
    const startScript = `sqlite:${join(root, 'data', 'lantern.db')}`;
    for (const cwd of [root, join(root, 'server'), '/tmp'])
      expect(readSettings({ INIT_CWD: cwd }, { databaseUrl: DEFAULT_DATABASE_URL }).databaseUrl).toBe(
        startScript,
      );
  });

  it('leaves a DATABASE_URL given by the user relative to where they ran pnpm', () => {
    const env = { INIT_CWD: '/srv/x', DATABASE_URL: 'sqlite:./mine.db' };
    expect(readSettings(env, { databaseUrl: DEFAULT_DATABASE_URL }).databaseUrl).toBe(
      'sqlite:/srv/x/mine.db',
    );
  });
});
