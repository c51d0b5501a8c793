/** The wire protocol version this code speaks. Every request carries it. */
export const PROTOCOL_VERSION = 1 as const;

/**
 * The most procedure calls one dashboard or API request may batch (`/trpc/a,b,c?batch=1`): the server
 * refuses more (server/src/http/call-plan.ts) and the dashboard's client splits larger batches.
 */
export const MAX_BATCH_CALLS = 10;

/** Bounds shared by the schemas, the server and the extension's batching. */
export const LIMITS = {
  batchEvents: 500,
  /** Exceptions ("approved for you") one person may hold at once: enforced when an admin grants one. */
  exceptionsPerPerson: 200,
  shortText: 120,
  purposeText: 1000,
  reasonText: 1000,
  conditionsText: 2000,
  policyTitle: 200,
  policyBody: 100_000,
  changeSummary: 2000,
  hostname: 253,
  urlPrefix: 300,
  token: 200,
  extensionsPerInventory: 200,
  listPerTool: 100,
  /** Counts per device × tool × day can never exceed these. */
  visitsPerDay: 100_000,
  secondsPerDay: 86_400,
  /**
   * Self-reports one device may file per server day (UTC); beyond it each one is refused in the
   * push answer's `rejected`, the rest of the batch is stored. An employee reports a handful of tools.
   */
  selfReportsPerDevicePerDay: 20,
  /** Reported tools waiting for an admin; beyond it new reports of unknown tools are refused. */
  openReportedTools: 1000,
  /** Organisation tools the server keeps (catalog gaps, internal systems): enforced on every write. */
  orgTools: 1000,
  /** Current decisions (catalog and organisation tools): enforced on every write. */
  decisions: 5000,
  /** The organisation tools' definitions together, as JSON: what every browser pulls and indexes. */
  orgToolsBytes: 2_000_000,
  /**
   * The most a pulled config can weigh, as JSON: the tools' budget, every decision with the longest
   * conditions, 1,000 requests and the longest policy (checked at the maximum in org-tool-limits.test.ts).
   */
  configBytes: 16_000_000,
  /** Data guard warnings per device × tool × day × data class. */
  guardWarningsPerDay: 10_000,
} as const;
