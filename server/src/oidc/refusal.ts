/** Why a sign-in through the OpenID Provider was refused: shown to the person, logged for the admin. */
export type RefusalKind =
  | 'provider-unreachable'
  | 'provider-error'
  | 'bad-callback'
  | 'state-unknown'
  | 'state-used'
  | 'state-expired'
  | 'other-browser'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'wrong-nonce'
  | 'token-expired'
  | 'token-invalid'
  | 'missing-claim'
  | 'email-unverified'
  | 'no-role'
  | 'staff-revoked';

export class OidcRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
    readonly status = 400,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'OidcRefusal';
  }
}

interface LibraryError {
  code?: unknown;
  cause?: unknown;
  error?: unknown;
  error_description?: unknown;
}

/**
 * Turns openid-client's errors into what a person can act on. The library names the failed check
 * (`code`) and, for claim checks, the claim (`cause.claim`); anything else is a generic refusal whose
 * detail goes to the log only.
 */
export function refusalFrom(error: unknown): OidcRefusal {
  if (error instanceof OidcRefusal) return error;
  const e = (error ?? {}) as LibraryError;
  const cause = (typeof e.cause === 'object' && e.cause !== null ? e.cause : {}) as Record<string, unknown>;
  // openid-client wraps oauth4webapi's error, whose own cause names the claim.
  const inner = (typeof cause.cause === 'object' && cause.cause !== null ? cause.cause : {}) as Record<
    string,
    unknown
  >;
  const claim = cause.claim ?? inner.claim;
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    if (claim === 'aud' || claim === 'azp')
      return new OidcRefusal(
        'wrong-audience',
        'The ID token was issued for a different application (audience).',
      );
    if (claim === 'iss')
      return new OidcRefusal(
        'wrong-issuer',
        'The ID token was issued by a different identity provider (issuer).',
      );
    if (claim === 'nonce')
      return new OidcRefusal('wrong-nonce', 'The ID token does not belong to this sign-in attempt (nonce).');
  }
  if (e.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED')
    return new OidcRefusal(
      'token-expired',
      'The ID token has expired or is not valid yet. Sign in again; if this repeats, check the server clock.',
    );
  if (e.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR' || e.code === 'OAUTH_RESPONSE_BODY_ERROR') {
    const code =
      typeof e.error === 'string' ? e.error : typeof cause.error === 'string' ? cause.error : 'error';
    return new OidcRefusal(
      'provider-error',
      `The identity provider refused the sign-in (${code.slice(0, 60)}).`,
      403,
    );
  }
  if (e.code === 'OAUTH_INVALID_RESPONSE' && claim === undefined)
    return new OidcRefusal('token-invalid', 'The identity provider sent an ID token Lantern cannot accept.');
  return new OidcRefusal('token-invalid', 'The identity provider sent an answer Lantern cannot accept.');
}
