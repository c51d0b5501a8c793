/** The SIEM feed's order (migration 0012): one row per record, in the order it became visible. */
export interface EventFeedTable {
  seq: number;
  /** acknowledgement | registration | justification | request | audit */
  kind: string;
  /** The record's id (the audit log's seq for `audit`). */
  ref: string;
  added_at: number;
}
