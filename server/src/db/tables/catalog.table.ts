/** Signed catalog releases this server installed; the highest version is the one in use. */
export interface CatalogReleasesTable {
  /** bigint: PostgreSQL returns it as a string, so read it through Number(). */
  version: number | string;
  sha256: string;
  key_id: string;
  published_at: string;
  tool_count: number;
  bytes: number;
  /** The release JSON as received; null once a newer release replaced it. */
  body: string | null;
  /** `import <file name>` or `url <address>`. */
  source: string;
  installed_at: number | string;
}

/** An organisation's override of one catalog tool (see shared ToolOverrideSchema). */
export interface ToolOverridesTable {
  tool_id: string;
  name: string | null;
  /** JSON array of hostnames. */
  add_domains: string;
  /** JSON array of hostnames. */
  remove_domains: string;
  retired: number;
  not_ai: number;
  note: string | null;
  updated_by: string;
  updated_at: number | string;
}
