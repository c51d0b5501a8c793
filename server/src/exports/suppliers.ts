// The suppliers dataset (ISO/IEC 42001 A.10.3): for every tool in the inventory, each supplier risk fact
// per plan tier with the page it was read on and the day, or "not known". One row per tool and fact, so
// a spreadsheet can filter by fact and an auditor can follow every source.
import { FACT_LABELS, profileFacts } from '@lantern/shared/suppliers';
import { activeSupplierProfile } from '../catalog/active';
import type { InventoryToolRow } from '../inventory/tools';
import type { Dataset, Row } from './datasets';

export const SUPPLIER_COLUMNS = [
  'tool_id',
  'name',
  'vendor',
  'fact',
  'fact_label',
  'known',
  'value',
  'source',
  'checked',
  'note',
];

/** Rows for these tools (the inventory's, most used first), from the catalog release in use. */
export function suppliersDataset(
  tools: readonly { toolId: string; name: string; vendor: string | null }[],
): Dataset {
  const rows: Row[] = [];
  for (const tool of tools) {
    for (const [fact, f] of profileFacts(activeSupplierProfile(tool.toolId))) {
      const known = f.status === 'known';
      rows.push({
        tool_id: tool.toolId,
        name: tool.name,
        vendor: tool.vendor,
        fact,
        fact_label: FACT_LABELS[fact] ?? fact,
        known,
        value: known ? f.value : null,
        source: known ? f.source : null,
        checked: known ? f.checked : null,
        note: known ? (f.note ?? null) : null,
      });
    }
  }
  return { columns: SUPPLIER_COLUMNS, rows };
}

/** The suppliers of the inventory's tools, most used first (the inventory export's order). */
export function inventorySuppliers(tools: readonly InventoryToolRow[]): Dataset {
  return suppliersDataset([...tools].sort((a, b) => b.users - a.users || a.name.localeCompare(b.name)));
}
