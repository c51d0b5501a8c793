import type { MessageKey } from './en';
import { WORKER_EN } from './worker-catalogue';

/** A technical error as a sentence for the employee, with the original kept for "Details". */
export interface HumanError {
  key: MessageKey;
  detail: string;
}

/** What the background refuses for the employee's own reasons (a page shows these sentences). */
export const EMPLOYEE_ERRORS = [
  'error.noPolicy',
  'error.policyChanged',
  'error.conditionsChanged',
  'error.unknownTool',
  'error.noReason',
  'error.notStopped',
  'error.moduleChanged',
  'error.answerAll',
  'error.managedSetting',
] as const satisfies readonly (keyof typeof WORKER_EN)[];
export type EmployeeErrorKey = (typeof EMPLOYEE_ERRORS)[number];

/**
 * The background's refusal: the message is the English sentence (what logs and IT read), and the page
 * shows the same key from its own catalogue, in the organisation's language.
 */
export function employeeError(key: EmployeeErrorKey): Error {
  return new Error(WORKER_EN[key]);
}

/**
 * Errors reach pages as the strings the background produced ("device.enroll: HTTP 401 …", "server
 * unreachable: …"). Each known shape gets a sentence that says what to do; the raw text stays
 * available behind a disclosure for IT.
 */
const RULES: Array<[RegExp, MessageKey]> = [
  // sync/engine.ts REVOKED_MESSAGE (not imported: pages must not bundle the engine)
  [/no longer accepts this browser/, 'error.revoked'],
  [/server unreachable|Failed to fetch|NetworkError|ECONNREFUSED|ENOTFOUND/i, 'error.unreachable'],
  [/is not a server address|must start with https:\/\/ or http:\/\//, 'error.badAddress'],
  [/device\.enroll: HTTP (401|410)\b/, 'error.badToken'],
  [/^Enrolment link refused\b/, 'error.linkRefused'],
  [/: HTTP 401\b/, 'error.revoked'],
  [/: HTTP 403\b/, 'error.refused'],
  [/: HTTP 429\b/, 'error.busy'],
  [/: HTTP 5\d\d\b/, 'error.server'],
  [/unexpected answer from the server|: HTTP 404\b|: HTTP 405\b/, 'error.notLantern'],
];

export function humanError(raw: string): HumanError {
  const detail = raw.replace(/^Enrolment failed: /, '');
  const own = EMPLOYEE_ERRORS.find((key) => WORKER_EN[key] === detail);
  if (own) return { key: own, detail };
  for (const [pattern, key] of RULES) if (pattern.test(detail)) return { key, detail };
  return { key: 'error.unknown', detail };
}
