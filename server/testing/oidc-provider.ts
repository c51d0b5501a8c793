import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, decodeJwt, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';
import Provider from 'oidc-provider';

/**
 * A real OpenID Provider (panva's oidc-provider) for tests, on 127.0.0.1 with one client and a few
 * people. Its devInteractions login form accepts any password: the login name picks the person.
 * `tamper` makes the token endpoint hand out an altered ID token, as a misconfigured or hostile
 * provider would; the endpoint itself stays the real one.
 */
export interface TestPerson {
  email?: string;
  name?: string;
  groups?: string[];
  department?: string;
  manager?: string;
}

export const TEST_PEOPLE: Record<string, TestPerson> = {
  alice: { email: 'alice@example.com', name: 'Alice Admin', groups: ['lantern-admins'], department: 'IT' },
  bob: {
    email: 'bob@example.com',
    name: 'Bob Auditor',
    groups: ['lantern-auditors', 'finance'],
    department: 'Finance',
    manager: 'alice@example.com',
  },
  carol: { email: 'carol@example.com', name: 'Carol Sales', groups: ['sales'], department: 'Sales' },
  dave: { name: 'Dave Noemail', groups: ['lantern-admins'] },
};

export const TEST_CLIENT = { id: 'lantern-test', secret: 'test-client-secret-that-is-long-enough' };

export type Tamper = ((claims: Record<string, unknown>) => Record<string, unknown>) | null;

export interface TestProvider {
  issuer: string;
  /** Set to alter the next ID tokens; null to stop. */
  tamper: Tamper;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUris: string[]): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const handle: TestProvider = {
    issuer,
    tamper: null,
    close: () => new Promise((r) => server.close(() => r())),
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: redirectUris,
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'groups', 'department', 'manager'],
    },
    // Claims in the ID token itself (not only at userinfo), as Lantern reads the ID token alone.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, id) => {
      const person = TEST_PEOPLE[id];
      if (!person) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          ...(person.email ? { email: person.email, email_verified: true } : {}),
          ...person,
        }),
      };
    },
    // Consent is the IdP admin's business; tests only log in.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && handle.tamper && body?.id_token) {
      const claims = handle.tamper({ ...decodeJwt(body.id_token) });
      body.id_token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .sign(privateKey);
    }
  });
  const callback = provider.callback();
  server.on('request', (req, res) => void callback(req, res));
  return handle;
}
