/**
 * "Approved for you" (migration 0015): one person may use one tool the organisation has not
 * approved for everyone, until `until` (null: until withdrawn). Withdrawn rows stay as evidence.
 */
export interface ToolExceptionsTable {
  id: string;
  user_id: string;
  tool_id: string;
  /** The approval request it answered; null when an admin granted it unasked. */
  request_id: string | null;
  /** The admin's note to the person. */
  note: string | null;
  granted_by: string;
  granted_at: number;
  until: number | null;
  revoked_by: string | null;
  revoked_at: number | null;
}
