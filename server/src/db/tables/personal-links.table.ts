/** Personal enrolment links (migration 0014): single use, expiring, stored as the secret's SHA-256. */
export interface PersonalLinksTable {
  id: string;
  /** Lower-cased. */
  email: string;
  code_hash: string;
  created_at: number;
  expires_at: number;
  redeemed_at: number | null;
  revoked_at: number | null;
  device_id: string | null;
}
