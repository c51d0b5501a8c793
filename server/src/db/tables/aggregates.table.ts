/**
 * Aggregates maintained on ingest so inventory queries read a few small rows per tool instead of
 * scanning raw events. Each is updated with atomic upserts, so several server processes agree.
 */
export interface ToolDaysTable {
  tool_id: string;
  day: string;
  visits: number;
  active_seconds: number;
}

/** Which users used a tool on which day: distinct users over 7/30 days and weekly adoption. */
export interface ToolUserDaysTable {
  tool_id: string;
  user_id: string;
  day: string;
}

export interface ToolUsersTable {
  tool_id: string;
  user_id: string;
  first_seen_at: number;
  last_seen_at: number;
}

export interface ToolDevicesTable {
  tool_id: string;
  device_id: string;
  first_seen_at: number;
  last_seen_at: number;
}

/** Signals seen per tool: visit, embedded, extension, self-reported. */
export interface ToolSignalsTable {
  tool_id: string;
  signal: string;
  first_seen_at: number;
  last_seen_at: number;
}

/** SaaS sites seen embedding an AI tool (A.10 third parties). */
export interface EmbeddedSitesTable {
  tool_id: string;
  initiator_host: string;
  requests: number;
  first_seen_at: number;
  last_seen_at: number;
}
