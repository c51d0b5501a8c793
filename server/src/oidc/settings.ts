/**
 * The OpenID Connect settings, checked up front like every other setting. env.ts reads process.env
 * and hands the values here; a bad one stops the server with one line naming it.
 */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  /** Absent: a public client (PKCE only, token endpoint auth `none`). */
  clientSecret: string | null;
  redirectUrl: URL;
  /** Space-separated scopes asked for; `openid` always included. */
  scopes: string;
  /** The ID token claim that lists the person's groups (or roles). */
  roleClaim: string;
  adminGroups: string[];
  auditorGroups: string[];
  emailClaim: string;
  departmentClaim: string | null;
  managerClaim: string | null;
}

type Env = Record<string, string | undefined>;
export type Fail = (setting: string, problem: string) => Error;

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** http:// only for a provider on this machine (tests, a local Keycloak); anything else needs TLS. */
export function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

function httpUrl(env: Env, name: string, fail: Fail): URL | null {
  const text = env[name]?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail(name, `"${text}" is not a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url)))
    throw fail(name, `"${text}" must be an https:// URL (http:// only on 127.0.0.1 or localhost)`);
  if (url.search || url.hash) throw fail(name, `"${text}" must not carry a query or fragment`);
  return url;
}

const CLAIM = /^[A-Za-z0-9_:./-]{1,100}$/;

function claimName(env: Env, name: string, fallback: string | null, fail: Fail): string | null {
  const text = env[name]?.trim() || fallback;
  if (text !== null && !CLAIM.test(text)) throw fail(name, `"${text}" is not a claim name`);
  return text;
}

export function readOidcSettings(env: Env, fail: Fail): { publicUrl: URL | null; oidc: OidcSettings | null } {
  const publicUrl = httpUrl(env, 'PUBLIC_URL', fail);
  const issuer = httpUrl(env, 'OIDC_ISSUER', fail);
  if (!issuer) {
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_ADMIN_GROUPS', 'OIDC_AUDITOR_GROUPS'])
      if (env[name]) throw fail('OIDC_ISSUER', `is required when ${name} is set`);
    return { publicUrl, oidc: null };
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw fail('OIDC_CLIENT_ID', 'is required when OIDC_ISSUER is set');
  let redirectUrl = httpUrl(env, 'OIDC_REDIRECT_URL', fail);
  if (!redirectUrl) {
    if (!publicUrl)
      throw fail('OIDC_REDIRECT_URL', 'is required when OIDC_ISSUER is set (or set PUBLIC_URL to derive it)');
    redirectUrl = new URL(
      'auth/oidc/callback',
      publicUrl.href.endsWith('/') ? publicUrl : `${publicUrl.href}/`,
    );
  }
  const adminGroups = list(env.OIDC_ADMIN_GROUPS);
  const auditorGroups = list(env.OIDC_AUDITOR_GROUPS);
  if (adminGroups.length + auditorGroups.length === 0)
    throw fail('OIDC_ADMIN_GROUPS', 'name at least one group (or OIDC_AUDITOR_GROUPS): nobody could sign in');
  const scopes = new Set((env.OIDC_SCOPES?.trim() || 'openid email profile').split(/\s+/));
  scopes.add('openid');
  for (const s of scopes)
    if (!/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(s)) throw fail('OIDC_SCOPES', `"${s}" is not a scope`);
  return {
    publicUrl,
    oidc: {
      issuer,
      clientId,
      clientSecret: env.OIDC_CLIENT_SECRET || null,
      redirectUrl,
      scopes: [...scopes].join(' '),
      roleClaim: claimName(env, 'OIDC_ROLE_CLAIM', 'groups', fail) ?? 'groups',
      adminGroups,
      auditorGroups,
      emailClaim: claimName(env, 'OIDC_EMAIL_CLAIM', 'email', fail) ?? 'email',
      departmentClaim: claimName(env, 'OIDC_DEPARTMENT_CLAIM', null, fail),
      managerClaim: claimName(env, 'OIDC_MANAGER_CLAIM', null, fail),
    },
  };
}
