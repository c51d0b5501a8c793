import { z } from 'zod/mini';
import { LIMITS } from '../../protocol';
import { HostnameSchema, ToolIdSchema, textSchema } from '../../schemas/primitives';
import type { Tool } from '../../schemas/tool';
import { normalizeHostname } from '../normalize';

/**
 * An organisation's correction of one catalog tool, kept by tool id apart from the catalog so it
 * survives every catalog update. An override whose tool a later release drops simply waits.
 */
export const ToolOverrideSchema = z.strictObject({
  toolId: ToolIdSchema,
  /** The name the organisation uses; null keeps the catalog's. */
  name: z.nullable(textSchema(LIMITS.shortText, 1)),
  /** Hostnames the organisation adds to the tool (matched like catalog domains, subdomains too). */
  addDomains: z.array(HostnameSchema).check(z.maxLength(LIMITS.listPerTool)),
  /** Catalog hostnames (domains, URL-prefix hosts, API endpoints) the organisation does not want matched. */
  removeDomains: z.array(HostnameSchema).check(z.maxLength(LIMITS.listPerTool)),
  /** The tool no longer exists or is no longer used: browsers stop detecting it. */
  retired: z.boolean(),
  /** "Not AI for us" (e.g. a licence without the AI features): browsers stop detecting it. */
  notAi: z.boolean(),
  note: z.nullable(textSchema(LIMITS.reasonText)),
});
export type ToolOverride = z.infer<typeof ToolOverrideSchema>;

/** The override's fields an admin sets (no bookkeeping). */
export const ToolOverrideInputSchema = ToolOverrideSchema;

const hostOfPrefix = (prefix: string) => normalizeHostname(prefix.slice(0, prefix.indexOf('/')));

/** One tool with its override applied; null when the organisation retired it or says it is not AI. */
export function applyOverride(tool: Tool, override: ToolOverride | undefined): Tool | null {
  if (override === undefined) return tool;
  if (override.retired || override.notAi) return null;
  const removed = new Set(override.removeDomains.map((h) => normalizeHostname(h) ?? h));
  const keep = (host: string) => !removed.has(normalizeHostname(host) ?? host);
  const keepPrefix = (prefix: string) => keep(hostOfPrefix(prefix) ?? '');
  const domains = tool.domains.filter(keep);
  for (const host of override.addDomains) if (!domains.includes(host)) domains.push(host);
  return {
    ...tool,
    name: override.name ?? tool.name,
    domains: domains.slice(0, LIMITS.listPerTool),
    urlPrefixes: tool.urlPrefixes.filter(keepPrefix),
    apiEndpoints: tool.apiEndpoints.filter(keep),
    ...(tool.apiPrefixes ? { apiPrefixes: tool.apiPrefixes.filter(keepPrefix) } : {}),
  };
}

/** The catalog as this organisation's browsers classify with it: overrides applied, retired tools gone. */
export function applyOverrides(tools: readonly Tool[], overrides: readonly ToolOverride[]): Tool[] {
  if (overrides.length === 0) return [...tools];
  const byId = new Map(overrides.map((o) => [o.toolId, o]));
  return tools.flatMap((tool) => applyOverride(tool, byId.get(tool.id)) ?? []);
}
