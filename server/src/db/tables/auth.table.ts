import type { Generated } from 'kysely';

/** People, their enrolled browsers, and the secrets that authenticate them (all stored as SHA-256). */
export interface UsersTable {
  id: string;
  /** Null for an anonymous user: one per device that enrolled without an email. */
  email: string | null;
  created_at: number;
  /** When the person's data was erased at their request (migration 0012); null otherwise. */
  erased_at: number | null;
  /** Defaults to `self-asserted` (the database fills it in). */
  identity_assurance: Generated<IdentityAssurance>;
}

/** How a person's or device's identity was established (issue 14). */
export type IdentityAssurance = 'oidc' | 'personal-link' | 'self-asserted';

export interface DevicesTable {
  id: string;
  user_id: string;
  token_hash: string;
  enrollment_token_id: string;
  browser: string;
  browser_version: string;
  extension_version: string;
  created_at: number;
  last_seen_at: number | null;
  /** `at` of the newest extension inventory applied, so an older snapshot never replaces a newer one. */
  extensions_at: number | null;
  revoked_at: number | null;
  /** Defaults to `self-asserted` (the database fills it in). */
  identity_assurance: Generated<IdentityAssurance>;
}

export interface EnrolmentTokensTable {
  id: string;
  name: string;
  token_hash: string;
  created_at: number;
  expires_at: number | null;
  max_uses: number | null;
  uses: number;
  revoked_at: number | null;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  role: 'admin' | 'auditor';
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
  /** Null: never expires (tokens made before expiry existed). */
  expires_at: number | null;
  /** `<issuer> <sub>` for staff who sign in through the OpenID Provider; null for real tokens. */
  oidc_subject: string | null;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  csrf_hash: string;
  api_token_id: string;
  created_at: number;
  expires_at: number;
  ended_at: number | null;
}

/** One sign-in attempt at the OpenID Provider; single use, short-lived. */
export interface OidcFlowsTable {
  id: string;
  state_hash: string;
  binding_hash: string;
  nonce: string;
  code_verifier: string;
  purpose: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  enrol_challenge: string | null;
}

export interface EnrolmentGrantsTable {
  challenge: string;
  subject: string;
  email: string;
  code_hash: string;
  created_at: number;
  expires_at: number;
  redeemed_at: number | null;
}
