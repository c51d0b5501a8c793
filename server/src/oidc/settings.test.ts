import { describe, expect, it } from 'vitest';
import { SettingError, readSettings } from '../env';

const base = {
  OIDC_ISSUER: 'https://login.example.com/realms/acme',
  OIDC_CLIENT_ID: 'lantern',
  OIDC_CLIENT_SECRET: 's3cret',
  PUBLIC_URL: 'https://lantern.example.com',
  OIDC_ADMIN_GROUPS: 'it-admins, compliance',
};

function problem(env: Record<string, string>): string {
  try {
    readSettings(env);
    return 'no error';
  } catch (error) {
    expect(error).toBeInstanceOf(SettingError);
    return (error as Error).message;
  }
}

describe('OpenID Connect settings', () => {
  it('are off without OIDC_ISSUER, and token sign-in stays', () => {
    expect(readSettings({}).oidc).toBeNull();
  });

  it('derive the redirect URL from PUBLIC_URL and read the group lists', () => {
    const s = readSettings(base).oidc!;
    expect(s.redirectUrl.href).toBe('https://lantern.example.com/auth/oidc/callback');
    expect(s.adminGroups).toEqual(['it-admins', 'compliance']);
    expect(s.auditorGroups).toEqual([]);
    expect(s.roleClaim).toBe('groups');
    expect(s.scopes).toBe('openid email profile');
    expect(readSettings({ ...base, OIDC_REDIRECT_URL: 'https://x.example/cb' }).oidc!.redirectUrl.href).toBe(
      'https://x.example/cb',
    );
  });

  it('stop the server with one line naming the bad setting', () => {
    expect(problem({ OIDC_CLIENT_ID: 'x' })).toBe(
      'Invalid setting OIDC_ISSUER: is required when OIDC_CLIENT_ID is set',
    );
    expect(problem({ ...base, OIDC_ISSUER: 'http://idp.example.com' })).toMatch(
      /^Invalid setting OIDC_ISSUER: .*https:\/\//,
    );
    expect(problem({ ...base, OIDC_ISSUER: 'not a url' })).toBe(
      'Invalid setting OIDC_ISSUER: "not a url" is not a URL',
    );
    expect(problem({ ...base, OIDC_CLIENT_ID: '' })).toBe(
      'Invalid setting OIDC_CLIENT_ID: is required when OIDC_ISSUER is set',
    );
    expect(problem({ ...base, PUBLIC_URL: '' })).toMatch(/^Invalid setting OIDC_REDIRECT_URL: is required/);
    expect(problem({ ...base, OIDC_ADMIN_GROUPS: ' , ' })).toMatch(
      /^Invalid setting OIDC_ADMIN_GROUPS: name at least one group/,
    );
    expect(problem({ ...base, OIDC_ROLE_CLAIM: 'gro ups' })).toBe(
      'Invalid setting OIDC_ROLE_CLAIM: "gro ups" is not a claim name',
    );
    expect(problem({ ...base, OIDC_SCOPES: 'openid "x"' })).toBe(
      'Invalid setting OIDC_SCOPES: ""x"" is not a scope',
    );
  });

  it('allow plain HTTP only for a provider on this machine', () => {
    expect(readSettings({ ...base, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc!.issuer.host).toBe(
      '127.0.0.1:9000',
    );
  });
});
