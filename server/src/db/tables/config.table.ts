/** What admins decide and devices pull. */
export interface ConfigVersionTable {
  id: number;
  /** Bumped by every admin change that affects devices; devices compare it on pull. */
  version: number;
}

export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
}

export interface DecisionsTable {
  tool_id: string;
  status: string;
  enforcement: string;
  conditions: string | null;
  allowed_data_classes: string;
  alternative_tool_id: string | null;
  decided_by: string;
  decided_at: number;
  /** JSON `{ ids, link, since }` (shared CompanyWorkspaceSchema), or null: no restriction. Migration 0006. */
  company_workspace: string | null;
}

export interface DecisionHistoryTable extends DecisionsTable {
  id: string;
}

export interface PolicyVersionsTable {
  version: number;
  title: string;
  body: string;
  sha256: string;
  change_summary: string | null;
  published_by: string;
  published_at: number;
}

/** Organisation-defined tools: the shared Tool shape as JSON, plus columns to query by. */
export interface OrgToolsTable {
  id: string;
  name: string;
  data: string;
  created_at: number;
  updated_at: number;
}
