/** Self-reported tools waiting for an admin (migration 0004). */
export interface ReportedToolsTable {
  /** The organisation tool id it gets if accepted; the reporters' requests name it already. */
  id: string;
  name: string;
  /** Trimmed, lower-cased name: how a report without a hostname finds an earlier one. */
  name_key: string;
  hostname: string | null;
  category: string | null;
  status: 'open' | 'accepted' | 'dismissed';
  /** Self-reports received for it, all reporters together. */
  reports: number;
  first_reported_at: number;
  last_reported_at: number;
  decided_by: string | null;
  decided_at: number | null;
}

export interface ReportedToolReportersTable {
  reported_tool_id: string;
  user_id: string;
  first_at: number;
  last_at: number;
}

/** Self-reports per device per server day (UTC `YYYY-MM-DD`). */
export interface SelfReportQuotaTable {
  device_id: string;
  day: string;
  reports: number;
}

/** `host:<hostname>` and `name:<lower-cased name>` of each organisation tool: indexed lookups. */
export interface OrgToolKeysTable {
  key: string;
  tool_id: string;
}
