/** AI literacy (migration 0016): modules, their versions, requirement rules and completions. */
export interface LiteracyModulesTable {
  id: string;
  created_by: string;
  created_at: number;
  archived_at: number | null;
}

export interface LiteracyModuleVersionsTable {
  module_id: string;
  version: number;
  title: string;
  body: string;
  course_url: string | null;
  /** The questions as JSON (shared `QuestionSchema[]`). */
  questions: string;
  pass_mark: number | null;
  sha256: string;
  published_by: string;
  published_at: number;
}

export interface LiteracyRulesTable {
  id: string;
  module_id: string;
  tool_id: string | null;
  tool_category: string | null;
  decision_status: string | null;
  data_class: string | null;
  /** 1: only uses registered for an EU AI Act Annex III purpose. */
  annex_iii: number;
  department: string | null;
  due_days: number;
  renewal_days: number | null;
  mode: 'acknowledge' | 'block';
  created_by: string;
  created_at: number;
  /** Rules are never deleted (the evidence names the rules that required a module): removal is a date. */
  removed_at: number | null;
}

export type CompletionSource = 'device' | 'import';

/** Append-only, hash-chained (chain `literacy_completions`). */
export interface LiteracyCompletionsTable {
  seq: number;
  /** The device's event id, or `import:<uuid>` for an LMS row. */
  id: string;
  /** Lower-case; null only for a browser enrolled without an email. */
  email: string | null;
  user_id: string | null;
  device_id: string | null;
  module_id: string;
  module_version: number;
  module_sha256: string;
  score: number | null;
  tool_id: string | null;
  source: CompletionSource;
  /** The recording device's identity assurance, or `lms-import`. */
  identity_assurance: string;
  at: number;
  received_at: number;
  person: string;
  prev_hash: string;
  hash: string;
}
