import type { MessageKey } from './en';

/** A technical error as a sentence for the employee, with the original kept for "Details". */
export interface HumanError {
  key: MessageKey;
  detail: string;
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
  [/: HTTP 401\b/, 'error.revoked'],
  [/: HTTP 403\b/, 'error.refused'],
  [/: HTTP 429\b/, 'error.busy'],
  [/: HTTP 5\d\d\b/, 'error.server'],
  [/unexpected answer from the server|: HTTP 404\b|: HTTP 405\b/, 'error.notLantern'],
];

export function humanError(raw: string): HumanError {
  const detail = raw.replace(/^Enrolment failed: /, '');
  for (const [pattern, key] of RULES) if (pattern.test(detail)) return { key, detail };
  return { key: 'error.unknown', detail };
}
