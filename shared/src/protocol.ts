/** The wire protocol version this code speaks. Every request carries it. */
export const PROTOCOL_VERSION = 1 as const;

/** Bounds shared by the schemas, the server and the extension's batching. */
export const LIMITS = {
  batchEvents: 500,
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
  /** Data guard warnings per device × tool × day × data class. */
  guardWarningsPerDay: 10_000,
} as const;
