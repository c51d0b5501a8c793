import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseHandle } from '../src/db/connect';
import { createHttpServer } from '../src/http/server';
import { DEFAULT_RATE_LIMIT } from '../src/http/rate-limit';
import type { RateLimitOptions } from '../src/http/rate-limit';
import { createLogger } from '../src/logger';
import { OidcClient } from '../src/oidc/client';
import { readOidcSettings } from '../src/oidc/settings';
import type { OidcSettings } from '../src/oidc/settings';
import { TEST_CLIENT, startTestProvider } from './oidc-provider';
import type { TestProvider } from './oidc-provider';

export interface OidcTestbed {
  lanternUrl: string;
  provider: TestProvider;
  settings: OidcSettings;
  close(): Promise<void>;
}

/** The settings a deployment would write, pointed at the test provider. */
export function testOidcEnv(issuer: string, publicUrl: string): Record<string, string> {
  return {
    PUBLIC_URL: publicUrl,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    OIDC_ADMIN_GROUPS: 'lantern-admins',
    OIDC_AUDITOR_GROUPS: 'lantern-auditors',
    OIDC_DEPARTMENT_CLAIM: 'department',
    OIDC_MANAGER_CLAIM: 'manager',
  };
}

/**
 * Lantern's real HTTP server and a real provider that knows its redirect URL. The front server takes
 * the port first (the provider must know the callback address before Lantern's server exists), then
 * hands each request to Lantern's.
 */
export async function startOidcTestbed(
  handle: DatabaseHandle,
  options: { dashboardDir?: string; rateLimit?: RateLimitOptions } = {},
): Promise<OidcTestbed> {
  let lantern: Server | null = null;
  const front = createServer((req, res) => lantern?.emit('request', req, res));
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  const lanternUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  const provider = await startTestProvider([`${lanternUrl}/auth/oidc/callback`]);
  const { oidc } = readOidcSettings(
    testOidcEnv(provider.issuer, lanternUrl),
    (s, p) => new Error(`${s}: ${p}`),
  );
  lantern = createHttpServer({
    handle,
    logger: createLogger({ level: 'silent' }),
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    maxBodyBytes: 1_000_000,
    dashboardDir: options.dashboardDir ?? '/nonexistent',
    oidc: new OidcClient(oidc!),
  });
  return {
    lanternUrl,
    provider,
    settings: oidc!,
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((r) => front.close(() => r()));
      await provider.close();
    },
  };
}
