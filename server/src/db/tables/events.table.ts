/** Raw per-device facts from sync.push. Every row is keyed so that a resent event changes nothing. */
export interface SeenEventsTable {
  device_id: string;
  event_id: string;
  kind: string;
  received_at: number;
}

/** Day totals per device × tool × signal; a resend keeps the larger value. */
export interface UsageDaysTable {
  device_id: string;
  user_id: string;
  tool_id: string;
  signal: string;
  day: string;
  visits: number;
  active_seconds: number;
  updated_at: number;
}

/**
 * Each device × tool × signal of `usage_days` with the oldest day it stores, never later than any of
 * its rows (migration 0026): what retention reads instead of an index on the day.
 */
export interface UsageDayGroupsTable {
  device_id: string;
  tool_id: string;
  signal: string;
  oldest_day: string;
}

/** The data guard's day totals per device × tool × data class; a resend keeps the larger values. */
export interface GuardDaysTable {
  device_id: string;
  user_id: string;
  tool_id: string;
  day: string;
  data_class: string;
  warnings: number;
  pasted_anyway: number;
  updated_at: number;
}

export interface EmbeddedDaysTable {
  device_id: string;
  tool_id: string;
  initiator_host: string;
  endpoint_host: string;
  day: string;
  requests: number;
}

/** The device's latest snapshot of AI browser extensions (replaced as a whole). */
export interface DeviceExtensionsTable {
  device_id: string;
  extension_id: string;
  tool_id: string;
  name: string;
  enabled: number;
  at: number;
}
