/** Outgoing notifications (migration 0011). */
export type EndpointKind = 'standard' | 'slack' | 'teams' | 'email';

export interface WebhookEndpointsTable {
  id: string;
  name: string;
  kind: EndpointKind;
  /** An http(s) URL, or for `email` a comma-separated list of addresses. */
  url: string;
  /** `whsec_…` (standard kind); kept readable because HMAC signing needs it. Empty for other kinds. */
  secret: string;
  enabled: number;
  disabled_reason: string | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export interface WebhookEndpointEventsTable {
  endpoint_id: string;
  event_type: string;
}

export interface WebhookEventsTable {
  id: string;
  type: string;
  /** JSON: the `data` of the Standard Webhooks payload. */
  payload: string;
  dedupe_key: string | null;
  created_at: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'skipped';

export interface WebhookDeliveriesTable {
  id: string;
  event_id: string;
  endpoint_id: string | null;
  recipient_user_id: string | null;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: number;
  lease_until: number | null;
  last_error: string | null;
  delivered_at: number | null;
  created_at: number;
}

export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}
