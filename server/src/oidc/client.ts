import * as client from 'openid-client';
import { OidcRefusal, refusalFrom } from './refusal';
import { isLoopback } from './settings';
import type { OidcSettings } from './settings';

export interface StartedFlow {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export type IdClaims = Record<string, unknown>;

/**
 * The organisation's OpenID Provider, through openid-client: discovery once (retried after a failure),
 * authorization code flow with PKCE (S256), and the library's checks of the ID token (issuer,
 * audience, nonce, expiry).
 */
export class OidcClient {
  private config: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private configuration(): Promise<client.Configuration> {
    if (!this.config) {
      const s = this.settings;
      // Plain HTTP only reaches a provider on this machine (settings.ts refuses any other http:// issuer).
      const options = isLoopback(s.issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
      const auth = s.clientSecret ? client.ClientSecretPost(s.clientSecret) : client.None();
      this.config = client
        .discovery(s.issuer, s.clientId, undefined, auth, options)
        .catch((error: unknown) => {
          this.config = null;
          throw new OidcRefusal(
            'provider-unreachable',
            `The identity provider at ${s.issuer.origin} could not be reached. Try again in a minute.`,
            503,
            { cause: error },
          );
        });
    }
    return this.config;
  }

  async start(): Promise<StartedFlow> {
    const config = await this.configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl.href,
      scope: this.settings.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Redeems the code at the token endpoint and returns the verified ID token's claims. */
  async finish(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<IdClaims> {
    const config = await this.configuration();
    // The callback reaches us on our listening address; the library compares against the registered URL.
    const current = new URL(this.settings.redirectUrl.href);
    current.search = callbackUrl.search;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new OidcRefusal('token-invalid', 'The identity provider sent no ID token.');
      return claims;
    } catch (error) {
      throw refusalFrom(error);
    }
  }
}
