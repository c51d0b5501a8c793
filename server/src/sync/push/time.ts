import type { SyncEvent } from '@lantern/shared';
import { dayString } from '../../inventory/days';

/**
 * The server decides time. A device's clock is untrusted (docs/protocol.md, "Time"): it may be
 * wrong by accident or set on purpose to freeze a record (a registration dated 2099 used to stay
 * "latest" for ever). One rule for every kind: an `at` more than CLOCK_SKEW_MS after the push was
 * received is refused (that event only: the client sets it aside and resends the rest); an `at`
 * within the skew is stored as the receipt time, so no stored `at` is ever after `received_at`.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** UTC+14 (Kiribati) is the furthest time zone ahead: a device there is on a day 14 h ahead of UTC. */
const FURTHEST_ZONE_AHEAD_MS = 14 * 3_600_000;

let latest = { now: NaN, day: '' };

/** The latest device-local day a usage total may be for: today somewhere on Earth, with the skew. */
export function latestAcceptedDay(now: number): string {
  // Asked once per day total with the same `now` (a push's receipt time): formatted once.
  if (now !== latest.now) latest = { now, day: dayString(now + FURTHEST_ZONE_AHEAD_MS + CLOCK_SKEW_MS) };
  return latest.day;
}

export interface TimeRefusal {
  field: string;
  reason: string;
}

/** Why an event's times cannot be taken, or null. */
export function timeRefusal(e: SyncEvent, now: number, policyPublishedAt?: number): TimeRefusal | null {
  if (e.at > now + CLOCK_SKEW_MS)
    return {
      field: 'at',
      reason: `${new Date(e.at).toISOString()} is in the future (the server received it at ${new Date(now).toISOString()}; check the device clock)`,
    };
  if ((e.kind === 'usage' || e.kind === 'embedded_discovery') && e.day > latestAcceptedDay(now))
    return { field: 'day', reason: `${e.day} has not begun anywhere yet (check the device clock)` };
  if (
    e.kind === 'acknowledgement' &&
    policyPublishedAt !== undefined &&
    e.at < policyPublishedAt - CLOCK_SKEW_MS
  )
    return {
      field: 'at',
      reason: `accepted at ${new Date(e.at).toISOString()}, before policy version ${e.policyVersion} was published (${new Date(policyPublishedAt).toISOString()})`,
    };
  // A literacy completion binds to a module version the same way (issue 19).
  if (
    e.kind === 'literacy_completion' &&
    policyPublishedAt !== undefined &&
    e.at < policyPublishedAt - CLOCK_SKEW_MS
  )
    return {
      field: 'at',
      reason: `completed at ${new Date(e.at).toISOString()}, before module version ${e.moduleVersion} was published (${new Date(policyPublishedAt).toISOString()})`,
    };
  return null;
}

/**
 * The event as stored: `at` no later than the receipt time and, for an acknowledgement, no earlier
 * than its policy's publication (both moves are within the skew; larger ones were refused).
 */
export function serverTimed(e: SyncEvent, now: number, policyPublishedAt?: number): SyncEvent {
  let at = Math.min(e.at, now);
  if ((e.kind === 'acknowledgement' || e.kind === 'literacy_completion') && policyPublishedAt !== undefined)
    at = Math.max(at, Math.min(policyPublishedAt, now));
  return at === e.at ? e : { ...e, at };
}
