// Browsers report an uncatalogued AI-named extension under the catalog's name-word row (issue 15); the push
// check must take that tool id like any other catalog tool, without a database lookup.
import type { SyncEvent } from '@lantern/shared';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import { validateAgainstDatabase } from './validate';

const noDatabase = new Proxy({} as Db, {
  get() {
    throw new Error('the database was asked');
  },
});

describe('an extension inventory naming ai-extension-by-name', () => {
  it('is accepted as a catalog tool', async () => {
    const at = Date.now();
    const event = {
      id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      at,
      kind: 'extension_inventory',
      extensions: [
        {
          extensionId: 'd'.repeat(32),
          toolId: 'ai-extension-by-name',
          name: 'DeepSeek AI Helper',
          enabled: true,
        },
      ],
    } as SyncEvent;
    const [stored] = await validateAgainstDatabase(noDatabase, [event], at);
    expect(stored).toMatchObject({
      kind: 'extension_inventory',
      extensions: [{ toolId: 'ai-extension-by-name' }],
    });
  });
});
