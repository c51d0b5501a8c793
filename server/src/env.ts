import { isAbsolute, resolve } from 'node:path';
import { parseDatabaseUrl } from './db/connect';
import { parseTrustedProxies } from './http/client-address';
import { parseSyslogTarget } from './siem/syslog-target';
import type { SyslogTarget } from './siem/syslog-target';
import { catalogSettingsFrom, type CatalogSettings } from './catalog/settings';
import { SettingError } from './settings-error';
import { smtpSettingsFrom } from './webhooks/smtp-settings';
import { readOidcSettings } from './oidc/settings';
import type { OidcSettings } from './oidc/settings';

/**
 * The only reader of process.env, and the one list of the variables the server reads (docs-deploy
 * test). Every setting is checked up front; a bad one stops the server with one line naming it
 * (SettingError.message). OIDC, catalog and email values are checked by oidc/settings.ts,
 * catalog/settings.ts and webhooks/smtp-settings.ts.
 */
export { SettingError } from './settings-error';

export interface ServerSettings {
  port: number;
  host: string;
  databaseUrl: string;
  logLevel: string;
  /** Reverse proxies whose X-Forwarded-For names the client; empty: none is trusted. */
  trustedProxies: string[];
  /** LANTERN_SYSLOG_URL / LANTERN_SYSLOG_CA: forward the SIEM feed by syslog; null: off. */
  syslog: SyslogTarget | null;
  catalog: CatalogSettings;
  /** The server's address as people's browsers reach it (PUBLIC_URL); null when not set. */
  publicUrl: URL | null;
  /** OpenID Connect sign-in (OIDC_*); null: no identity provider, token sign-in only. */
  oidc: OidcSettings | null;
  /** Outgoing email (docs/integrations.md); null when SMTP_URL is unset. */
  smtp: { url: string; from: string } | null;
}

type Env = Record<string, string | undefined>;

/** The catalog settings; each error names its setting. Named one by one, as for OIDC below. */
export function readCatalogSettings(env: Env = process.env): CatalogSettings {
  return catalogSettingsFrom({
    CATALOG_PUBLISHER_KEYS: env.CATALOG_PUBLISHER_KEYS,
    CATALOG_PUBLIC_KEY: env.CATALOG_PUBLIC_KEY,
    CATALOG_URL: env.CATALOG_URL,
    CATALOG_FETCH_MINUTES: env.CATALOG_FETCH_MINUTES,
  });
}

/** SMTP_URL and SMTP_FROM (outgoing email), checked by webhooks/smtp-settings.ts. */
export function readSmtp(env: Env): { url: string; from: string } | null {
  return smtpSettingsFrom({ SMTP_URL: env.SMTP_URL, SMTP_FROM: env.SMTP_FROM });
}

/** The directory the user ran pnpm from (pnpm sets INIT_CWD); relative sqlite paths resolve there. */
export function userCwd(env: Env = process.env): string {
  return env.INIT_CWD || process.cwd();
}

/** Makes a relative `sqlite:<path>` absolute against the user's directory, so `pnpm --filter` cannot move it. */
export function resolveDatabaseUrl(url: string, cwd: string): string {
  if (!url.startsWith('sqlite:')) return url;
  const path = url.slice('sqlite:'.length);
  if (path === ':memory:' || path === '' || isAbsolute(path)) return url;
  return `sqlite:${resolve(cwd, path)}`;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** PORT and HOST: where the server listens. */
function readListen(env: Env): { port: number; host: string } {
  const portText = env.PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535)
    throw new SettingError('PORT', `"${portText}" is not a port number (0-65535)`);
  const host = env.HOST ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host))
    throw new SettingError('HOST', `"${host}" is not a host name or address`);
  return { port, host };
}

/** DATABASE_URL as given (checked, not yet resolved against the user's directory). */
function readDatabaseUrl(env: Env, fallback: string | undefined): string {
  const rawUrl = env.DATABASE_URL ?? fallback ?? 'sqlite:./data/lantern.db';
  try {
    parseDatabaseUrl(rawUrl);
  } catch (error) {
    throw new SettingError('DATABASE_URL', (error as Error).message.replace(/^DATABASE_URL: /, ''));
  }
  return rawUrl;
}

function readLogLevel(env: Env): string {
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new SettingError('LOG_LEVEL', `"${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);
  return logLevel;
}

function readTrustedProxies(env: Env): string[] {
  try {
    return parseTrustedProxies(env.TRUSTED_PROXIES ?? '');
  } catch (error) {
    throw new SettingError(
      'TRUSTED_PROXIES',
      `${(error as Error).message} (list proxy addresses or ranges, e.g. 127.0.0.1,10.0.0.0/8)`,
    );
  }
}

function readSyslog(env: Env): SyslogTarget | null {
  try {
    return parseSyslogTarget({
      LANTERN_SYSLOG_URL: env.LANTERN_SYSLOG_URL,
      LANTERN_SYSLOG_CA: env.LANTERN_SYSLOG_CA,
    });
  } catch (error) {
    throw new SettingError('LANTERN_SYSLOG_URL', (error as Error).message);
  }
}

/** PUBLIC_URL and the identity provider's OIDC_* settings. */
function readOidc(env: Env): Pick<ServerSettings, 'publicUrl' | 'oidc'> {
  // Named one by one so this file stays the one place that lists what the server reads.
  const oidcEnv = {
    PUBLIC_URL: env.PUBLIC_URL,
    OIDC_ISSUER: env.OIDC_ISSUER,
    OIDC_CLIENT_ID: env.OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET,
    OIDC_REDIRECT_URL: env.OIDC_REDIRECT_URL,
    OIDC_SCOPES: env.OIDC_SCOPES,
    OIDC_ROLE_CLAIM: env.OIDC_ROLE_CLAIM,
    OIDC_ADMIN_GROUPS: env.OIDC_ADMIN_GROUPS,
    OIDC_AUDITOR_GROUPS: env.OIDC_AUDITOR_GROUPS,
    OIDC_EMAIL_CLAIM: env.OIDC_EMAIL_CLAIM,
    OIDC_DEPARTMENT_CLAIM: env.OIDC_DEPARTMENT_CLAIM,
    OIDC_MANAGER_CLAIM: env.OIDC_MANAGER_CLAIM,
  };
  return readOidcSettings(oidcEnv, (setting, problem) => new SettingError(setting, problem));
}

/** Every setting, checked in this order; the first one that is wrong is the error. */
export function readSettings(
  env: Env = process.env,
  defaults: { databaseUrl?: string } = {},
): ServerSettings {
  const { port, host } = readListen(env);
  const rawUrl = readDatabaseUrl(env, defaults.databaseUrl);
  const logLevel = readLogLevel(env);
  const trustedProxies = readTrustedProxies(env);
  const syslog = readSyslog(env);
  const { publicUrl, oidc } = readOidc(env);
  const smtp = readSmtp(env);
  return {
    smtp,
    port,
    host,
    databaseUrl: resolveDatabaseUrl(rawUrl, userCwd(env)),
    logLevel,
    trustedProxies,
    syslog,
    catalog: readCatalogSettings(env),
    publicUrl,
    oidc,
  };
}

export type { CatalogSettings } from './catalog/settings';

/** Tests: the PostgreSQL server to run the database suite against too, when configured. */
export function testPostgresUrl(env: Env = process.env): string | null {
  return env.LANTERN_TEST_POSTGRES_URL || null;
}
