/**
 * "Company workspace only": the vendors whose service can be limited to the organisation's own
 * workspace by a request header (what a TLS-inspecting proxy would add), and exactly where the
 * header goes. One table for the server's validation, the CLI, the dashboard and the extension's
 * declarativeNetRequest rules. Hosts come from here and never from configuration, so no admin input
 * and no device can make a browser send an identifier to any other host.
 *
 * Sources (checked December 2026; cited in docs/deploy.md):
 * - OpenAI: help.openai.com/articles/20001323 "Corporate Network Controls in ChatGPT Enterprise"
 * - Anthropic: support.claude.com/en/articles/13198485 "Enforce network-level access control with
 *   Tenant Restrictions"
 * - Microsoft: learn.microsoft.com/entra/identity/enterprise-apps/tenant-restrictions (v1 headers)
 * - Google: support.google.com/a/answer/1668854 "Block access to consumer accounts"
 */
export type WorkspaceIdKind = 'uuid' | 'entra-tenant' | 'domain';

export interface WorkspaceHeader {
  /** Header name exactly as the vendor documents it. */
  name: string;
  value: string;
}

export interface WorkspaceVendor {
  toolId: string;
  vendor: string;
  /** What the admin types, in the vendor's words. */
  idLabel: string;
  idKind: WorkspaceIdKind;
  /** Where an admin finds the identifier (shown in the dashboard and docs/deploy.md). */
  whereToFind: string;
  /**
   * Hosts that get the header: each host and its subdomains (declarativeNetRequest requestDomains).
   * Exactly the vendor's documented hosts.
   */
  hosts: readonly string[];
  /** The headers for a validated list of identifiers. */
  headers(ids: readonly string[]): WorkspaceHeader[];
}

const joined = (ids: readonly string[]) => ids.join(','); // vendors ask for commas and no spaces

export const WORKSPACE_VENDORS: readonly WorkspaceVendor[] = [
  {
    toolId: 'chatgpt',
    vendor: 'OpenAI',
    idLabel: 'ChatGPT workspace ID (UUID)',
    idKind: 'uuid',
    whereToFind: 'ChatGPT Enterprise/Business workspace settings: the workspace ID (a UUID).',
    hosts: ['chatgpt.com'],
    headers: (ids) => [{ name: 'ChatGPT-Allowed-Workspace-Id', value: joined(ids) }],
  },
  {
    toolId: 'claude',
    vendor: 'Anthropic',
    idLabel: 'Claude organization ID (UUID)',
    idKind: 'uuid',
    whereToFind:
      'Claude: Admin settings > Organization (bottom of the page), or Settings > Account > Organization ID; Console: Settings > Organization.',
    hosts: ['claude.ai', 'api.anthropic.com'],
    headers: (ids) => [{ name: 'anthropic-allowed-org-ids', value: joined(ids) }],
  },
  {
    toolId: 'microsoft-365-copilot',
    vendor: 'Microsoft',
    idLabel: 'Entra tenant IDs: your own directory ID first, then other permitted tenants (IDs or domains)',
    idKind: 'entra-tenant',
    whereToFind:
      'Microsoft Entra admin center > Overview: Tenant ID (a GUID); permitted tenants may also be given by their verified domain.',
    hosts: ['login.microsoftonline.com', 'login.microsoft.com', 'login.windows.net'],
    // Tenant restrictions v1: the permitted tenants, and the directory that sets the restriction.
    headers: (ids) => [
      { name: 'Restrict-Access-To-Tenants', value: joined(ids) },
      { name: 'Restrict-Access-Context', value: ids[0] ?? '' },
    ],
  },
  {
    toolId: 'gemini',
    vendor: 'Google',
    idLabel: 'Google Workspace domains',
    idKind: 'domain',
    whereToFind: 'Google Admin console > Account > Domains: your primary domain and any secondary domains.',
    // Google asks for the header on all google.com traffic: sign-in is what it restricts.
    hosts: ['google.com'],
    headers: (ids) => [{ name: 'X-GoogApps-Allowed-Domains', value: joined(ids) }],
  },
];

const BY_TOOL = new Map(WORKSPACE_VENDORS.map((v) => [v.toolId, v]));

/** The vendor entry for a tool, or undefined when the tool has no company-workspace control. */
export function workspaceVendor(toolId: string): WorkspaceVendor | undefined {
  return BY_TOOL.get(toolId);
}
