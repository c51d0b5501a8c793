import type { api } from '../../api/client';

export type ToolDetail = Awaited<ReturnType<typeof api.admin.inventory.tool.query>>;
export type InventoryRow = ToolDetail['tool'];
