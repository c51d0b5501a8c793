import { LIMITS, classifyApiRequest, classifyUrl } from '@lantern/shared';
import type { Tool } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import type { Db } from '../db/database';

/**
 * Server-side bounds on what every browser pulls (issue 23, finding 2). Each runs inside the writing
 * transaction, before the write, so a refused change leaves nothing behind.
 */

/** Refuses a new or grown organisation tool beyond LIMITS.orgTools or LIMITS.orgToolsBytes. */
export async function assertOrgToolRoom(trx: Db, tool: Tool, replacing: boolean): Promise<void> {
  const row = await trx
    .selectFrom('org_tools')
    .select([
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number | null>`sum(length(data))`.as('bytes'),
      sql<number | null>`sum(case when id = ${tool.id} then length(data) else 0 end)`.as('own'),
    ])
    .executeTakeFirstOrThrow();
  if (!replacing && Number(row.n) >= LIMITS.orgTools)
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `the organisation already has ${LIMITS.orgTools} tools, the maximum: delete one first`,
    });
  const bytes = Number(row.bytes ?? 0) - Number(row.own ?? 0) + JSON.stringify(tool).length;
  if (bytes > LIMITS.orgToolsBytes)
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `the organisation's tool definitions would exceed ${LIMITS.orgToolsBytes} bytes together: shorten their lists`,
    });
}

/** Refuses decisions for tools that have none yet once LIMITS.decisions are set. */
export async function assertDecisionRoom(trx: Db, toolIds: readonly string[]): Promise<void> {
  const existing = await trx
    .selectFrom('decisions')
    .select('tool_id')
    .where('tool_id', 'in', toolIds)
    .execute();
  const adding = new Set(toolIds).size - existing.length;
  if (adding <= 0) return;
  const row = await trx
    .selectFrom('decisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(row.n) + adding > LIMITS.decisions)
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `${Number(row.n)} decisions are set and ${LIMITS.decisions} is the maximum: delete some first`,
    });
}

/** Catalog tools whose traffic this tool's hostnames, prefixes or endpoints would take over. */
export function catalogTakeovers(tool: Tool): string[] {
  const hits = new Set<string>();
  const add = (m: { toolId: string } | null) => {
    if (m && m.toolId !== tool.id) hits.add(m.toolId);
  };
  for (const d of tool.domains) add(classifyUrl(d));
  for (const p of tool.urlPrefixes) add(classifyUrl(p));
  for (const a of tool.apiEndpoints) add(classifyApiRequest(`https://${a}/`));
  for (const p of tool.apiPrefixes ?? []) add(classifyApiRequest(`https://${p}`));
  return [...hits].sort();
}

/** An organisation tool may take a catalog tool's hostname only when the admin says so explicitly. */
export function assertNoCatalogTakeover(tool: Tool, overrideCatalog: boolean): string[] {
  const taken = catalogTakeovers(tool);
  if (taken.length > 0 && !overrideCatalog)
    throw new TRPCError({
      code: 'CONFLICT',
      message: `domains: would take over the catalog's ${taken.join(', ')}; send overrideCatalog: true to do so on purpose`,
    });
  return taken;
}
