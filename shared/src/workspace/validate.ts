import { isRegistrableHost } from '../schemas/primitives';
import { workspaceVendor, type WorkspaceIdKind } from './vendors';

/** At most this many identifiers per tool: a header stays small, and real organisations have few. */
export const MAX_WORKSPACE_IDS = 20;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A domain: two labels or more, alphabetic top label, and registrable — not a public suffix such as
// co.uk (the Public Suffix List through tldts-icann, as for every hostname in schemas/primitives.ts).
const DOMAIN_RE = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const isDomain = (id: string) => DOMAIN_RE.test(id) && isRegistrableHost(id);

const KIND_TEXT: Record<WorkspaceIdKind, string> = {
  uuid: 'a UUID such as 550e8400-e29b-41d4-a716-446655440000',
  'entra-tenant': 'a tenant ID (GUID) or a verified domain such as contoso.com',
  domain: 'a domain such as example.com',
};

function fits(kind: WorkspaceIdKind, id: string): boolean {
  if (kind === 'uuid') return UUID_RE.test(id);
  if (kind === 'domain') return isDomain(id);
  return UUID_RE.test(id) || isDomain(id);
}

/**
 * Normalises identifiers (trimmed, lower case, duplicates dropped) and checks them against the
 * vendor's format. Returns the clean list, or one clear error naming the first bad identifier.
 */
export function checkWorkspaceIds(
  toolId: string,
  ids: readonly string[],
): { ok: true; ids: string[] } | { ok: false; error: string } {
  const vendor = workspaceVendor(toolId);
  if (!vendor)
    return {
      ok: false,
      error: `"${toolId}" has no company-workspace control (supported: chatgpt, claude, microsoft-365-copilot, gemini)`,
    };
  const clean = [...new Set(ids.map((id) => id.trim().toLowerCase()).filter((id) => id !== ''))];
  if (clean.length === 0) return { ok: false, error: `give at least one ${vendor.idLabel}` };
  if (clean.length > MAX_WORKSPACE_IDS)
    return { ok: false, error: `at most ${MAX_WORKSPACE_IDS} identifiers` };
  const bad = clean.find((id) => !fits(vendor.idKind, id));
  if (bad !== undefined)
    return {
      ok: false,
      error: `"${bad.slice(0, 80)}" is not ${KIND_TEXT[vendor.idKind]} (${vendor.idLabel})`,
    };
  if (vendor.idKind === 'entra-tenant' && !UUID_RE.test(clean[0]!))
    return {
      ok: false,
      error: `the first identifier must be your own directory's tenant ID (a GUID), used as Restrict-Access-Context`,
    };
  return { ok: true, ids: clean };
}
