import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { CookieWalker, loginAtProvider } from '../../testing/cookie-walker';
import { startOidcTestbed } from '../../testing/oidc-testbed';
import type { OidcTestbed } from '../../testing/oidc-testbed';

/** The dashboard's sign-in through a real OpenID Provider, over HTTP, with each way it must refuse. */
for (const dialect of dialects) {
  describe(`${dialect}: dashboard sign-in through the OpenID Provider`, () => {
    const t = useTestDatabase(dialect);
    let bed: OidcTestbed;
    let walker: CookieWalker;

    beforeAll(async () => {
      bed = await startOidcTestbed(t);
    });
    afterAll(async () => {
      await bed.close();
    });
    beforeEach(async () => {
      bed.provider.tamper = null;
      walker = new CookieWalker();
    });

    const start = () => `${bed.lanternUrl}/auth/oidc/login`;

    async function me(csrf?: string) {
      const res = await walker.request(`${bed.lanternUrl}/trpc/session.me`);
      return { status: res.status, body: (await res.json()) as { result?: { data: unknown } }, csrf };
    }

    async function sessions() {
      return (await t.db.selectFrom('sessions').selectAll().execute()).length;
    }

    async function signIn(login: string) {
      const callback = await loginAtProvider(walker, start(), login);
      const res = await walker.request(callback);
      return { callback, status: res.status, html: await res.text() };
    }

    it('signs an admin in with the role their group maps to, in the ordinary dashboard session', async () => {
      const r = await signIn('alice');
      expect(r.status).toBe(200);
      expect(r.html).toContain('Signed in as alice@example.com (admin)');
      const csrf = /data-csrf="([^"]+)"/.exec(r.html)?.[1];
      expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const who = await me();
      expect(who.status).toBe(200);
      expect(who.body.result?.data).toEqual({ role: 'admin', name: 'alice@example.com', via: 'session' });
      // No flow cookie is left behind, and the staff row is not an API token anyone could list.
      expect(walker.cookie(bed.lanternUrl, 'lantern_oidc')).toBeUndefined();
      const audit = await t.db.selectFrom('audit_log').select(['actor', 'action']).execute();
      expect(audit).toContainEqual({ actor: 'admin:alice@example.com (oidc)', action: 'session.signIn' });
    });

    it('gives an auditor group the auditor role', async () => {
      expect((await signIn('bob')).status).toBe(200);
      expect((await me()).body.result?.data).toMatchObject({ role: 'auditor', name: 'bob@example.com' });
    });

    it('refuses a person whose groups map to no role', async () => {
      const r = await signIn('carol');
      expect(r.status).toBe(403);
      expect(r.html).toContain('carol@example.com is not in a group with access to the Lantern dashboard');
      expect(await sessions()).toBe(0);
      expect((await me()).status).toBe(401);
    });

    it('refuses an ID token without the email claim', async () => {
      const r = await signIn('dave');
      expect(r.status).toBe(400);
      expect(r.html).toContain('did not send an email address (the `email` claim)');
      expect(await sessions()).toBe(0);
    });

    it('refuses a replayed callback (the state is single use)', async () => {
      const r = await signIn('alice');
      expect(r.status).toBe(200);
      const again = await walker.request(r.callback);
      expect(again.status).toBe(400);
      expect(await again.text()).toContain('was already used');
      expect(await sessions()).toBe(1);
    });

    it('refuses a callback brought to another browser (no flow cookie)', async () => {
      const callback = await loginAtProvider(walker, start(), 'alice');
      const res = await new CookieWalker().request(callback);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('started in another browser');
      expect(await sessions()).toBe(0);
    });

    it('refuses a state it never issued, and an error from the provider', async () => {
      const forged = await walker.request(`${bed.lanternUrl}/auth/oidc/callback?code=x&state=forged`);
      expect(forged.status).toBe(400);
      expect(await forged.text()).toContain('does not match any sign-in started here');
      const denied = await walker.request(`${bed.lanternUrl}/auth/oidc/callback?error=access_denied&state=x`);
      expect(denied.status).toBe(403);
      expect(await denied.text()).toContain('The identity provider refused the sign-in (access_denied)');
    });

    const bad: Array<[string, (c: Record<string, unknown>) => Record<string, unknown>, string]> = [
      ['the wrong audience', (c) => ({ ...c, aud: 'some-other-app' }), 'issued for a different application'],
      [
        'the wrong issuer',
        (c) => ({ ...c, iss: 'https://evil.example' }),
        'issued by a different identity provider',
      ],
      [
        'the wrong nonce',
        (c) => ({ ...c, nonce: 'not-the-one-we-sent' }),
        'does not belong to this sign-in attempt',
      ],
      [
        'an expired ID token',
        (c) => ({
          ...c,
          iat: Math.floor(Date.now() / 1000) - 7200,
          exp: Math.floor(Date.now() / 1000) - 3600,
        }),
        'The ID token has expired',
      ],
    ];
    for (const [what, tamper, message] of bad) {
      it(`refuses an ID token with ${what}`, async () => {
        bed.provider.tamper = tamper;
        const r = await signIn('alice');
        expect(r.status).toBe(400);
        expect(r.html).toContain(message);
        expect(await sessions()).toBe(0);
        expect((await me()).status).toBe(401);
      });
    }

    it('says whether the dashboard should offer single sign-on', async () => {
      const res = await walker.request(`${bed.lanternUrl}/auth/oidc/config`);
      expect(await res.json()).toEqual({ enabled: true });
    });
  });
}
