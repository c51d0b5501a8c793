import { describe, expect, it } from 'vitest';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import {
  allowedDataClassesColumn,
  companyWorkspaceColumn,
  dataClassesColumn,
  RowDecodeError,
} from './codecs';
import { getDecision, upsertDecision } from './repositories/decisions.repository';

describe('row codecs', () => {
  it('round-trips each column and keeps null as null', () => {
    expect(dataClassesColumn.decode(dataClassesColumn.encode(['personal', 'internal']))).toEqual([
      'personal',
      'internal',
    ]);
    const ws = { ids: ['acme.example'], link: 'https://login.acme.example', since: 1_700_000_000_000 };
    expect(companyWorkspaceColumn.decode(companyWorkspaceColumn.encode(ws))).toEqual(ws);
    expect(companyWorkspaceColumn.decodeNullable(null)).toBeNull();
  });

  it('refuses a stored value of the wrong shape, naming the column', () => {
    const bad: [() => unknown, string, RegExp][] = [
      [() => dataClassesColumn.decode('["personal","secret"]'), 'data_classes', /secret|Invalid option/],
      [() => allowedDataClassesColumn.decode('{"0":"public"}'), 'allowed_data_classes', /array/],
      [() => dataClassesColumn.decode('[personal'), 'data_classes', /not JSON/],
      [() => companyWorkspaceColumn.decode('{"ids":[],"link":null}'), 'company_workspace', /ids|since/],
    ];
    for (const [decode, column, detail] of bad) {
      let error: unknown;
      try {
        decode();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RowDecodeError);
      expect((error as RowDecodeError).column).toBe(column);
      expect((error as Error).message).toMatch(new RegExp(`^stored ${column} is not valid`));
      expect((error as Error).message).toMatch(detail);
    }
  });
});

for (const dialect of dialects) {
  describe(`${dialect}: a decision read through its codecs`, () => {
    const t = useTestDatabase(dialect, { reset: false });

    it('reads what was written, and fails by name on a row changed behind its back', async () => {
      const input = {
        toolId: 'chatgpt',
        status: 'conditional' as const,
        enforcement: 'acknowledge' as const,
        conditions: 'No customer data',
        allowedDataClasses: ['public' as const, 'internal' as const],
        alternativeToolId: null,
        companyWorkspace: { ids: ['acme.example'], link: null },
      };
      const now = Date.UTC(2026, 10, 1);
      await upsertDecision(t.db, input, 'admin', now);
      expect(await getDecision(t.db, 'chatgpt')).toMatchObject({
        allowedDataClasses: ['public', 'internal'],
        companyWorkspace: { ids: ['acme.example'], link: null, since: now },
      });
      await t.db
        .updateTable('decisions')
        .set({ allowed_data_classes: '["public","top-secret"]' })
        .where('tool_id', '=', 'chatgpt')
        .execute();
      await expect(getDecision(t.db, 'chatgpt')).rejects.toThrow(/stored allowed_data_classes is not valid/);
    });
  });
}
