/**
 * The people directory (migration 0013): one row per person the organisation told Lantern about,
 * keyed by lower-cased email, whether or not a browser of theirs has enrolled yet.
 */
export interface PeopleTable {
  /** Lower-cased; joins to `users.email`. */
  email: string;
  name: string | null;
  department: string | null;
  manager_email: string | null;
  /** Where the row last came from. */
  source: PeopleSource;
  created_at: number;
  updated_at: number;
}

export type PeopleSource = 'csv' | 'manual' | 'oidc';
