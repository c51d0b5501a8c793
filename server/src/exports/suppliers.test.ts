import { supplierProfileFor } from '@lantern/shared/suppliers';
import { beforeAll, describe, expect, it } from 'vitest';
import { resetActiveCatalogForTesting } from '../catalog/active';
import { seedDemo } from '../seed/demo';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { toCsv } from './csv';
import { EXPORT_NAMES, loadDataset } from './datasets';

const NOW = Date.UTC(2026, 11, 1, 12);

describe.each(dialects)('the suppliers export on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  beforeAll(async () => {
    resetActiveCatalogForTesting();
    await seedDemo(t.db, { people: 4, days: 5, now: NOW });
  }, 180_000);

  it('has one row per inventory tool and fact, most used first, sources only on known facts', async () => {
    expect(EXPORT_NAMES).toContain('suppliers');
    const inventory = await loadDataset(t.db, 'inventory', NOW);
    const suppliers = await loadDataset(t.db, 'suppliers', NOW);
    expect(suppliers.rows).toHaveLength(inventory.rows.length * 9);
    const order = [...new Set(suppliers.rows.map((r) => r.tool_id))];
    expect(order).toEqual(inventory.rows.map((r) => r.tool_id));
    for (const row of suppliers.rows)
      if (!row.known)
        expect([row.value, row.source, row.checked, row.note]).toEqual([null, null, null, null]);

    const fact = supplierProfileFor('chatgpt').trainsOnInputs.free;
    if (fact.status !== 'known') throw new Error('fixture changed');
    const row = suppliers.rows.find((r) => r.tool_id === 'chatgpt' && r.fact === 'trainsOnInputs.free');
    expect(row).toMatchObject({ known: true, value: 'yes', source: fact.source, checked: fact.checked });
    // The CSV an auditor downloads carries the same source and day.
    const csv = toCsv(suppliers.columns, suppliers.rows);
    expect(csv.split('\r\n')[0]).toBe(suppliers.columns.join(','));
    expect(csv).toContain(`chatgpt,ChatGPT,OpenAI,trainsOnInputs.free,`);
    expect(csv).toContain(`,true,yes,${fact.source},${fact.checked},`);
  });
});
