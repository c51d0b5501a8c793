import { randomBytes } from 'node:crypto';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { challengeOf } from '../db/repositories/enrolment-grants.repository';
import { createEnrolmentToken } from '../db/repositories/enrolment-tokens.repository';
import { CookieWalker, loginAtProvider } from '../../testing/cookie-walker';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { startOidcTestbed } from '../../testing/oidc-testbed';
import type { OidcTestbed } from '../../testing/oidc-testbed';

const BROWSER = { browser: 'chrome', browserVersion: '131.0', extensionVersion: '0.1.0' } as const;

/** A browser's enrolment through sign-in at a real OpenID Provider, over HTTP. */
for (const dialect of dialects) {
  describe(`${dialect}: verified browser enrolment through the OpenID Provider`, () => {
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
      walker = new CookieWalker();
    });

    async function enrol(input: Record<string, unknown>) {
      const res = await fetch(`${bed.lanternUrl}/trpc/device.enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, userEmail: null, ...BROWSER, ...input }),
      });
      return { status: res.status, body: (await res.json()) as { error: { message: string } } };
    }

    /** The extension's part: a secret it keeps; its enrol page sends the person off with the hash. */
    async function startFromExtension() {
      const secret = randomBytes(32).toString('base64url');
      const start = await walker.request(
        `${bed.lanternUrl}/auth/oidc/enrol?challenge=${challengeOf(secret)}`,
      );
      return { secret, start };
    }

    /** Signs in at the provider and returns the code from the fragment of the page the tab lands on. */
    async function signIn(login: string, start: Response): Promise<string> {
      const callback = await walker.request(await loginAtProvider(walker, '', login, start));
      expect(callback.status).toBe(303);
      const location = callback.headers.get('location') ?? '';
      expect(location).toMatch(/^\/auth\/oidc\/enrolled#code=[A-Za-z0-9_-]{43}$/);
      const landing = await walker.request(new URL(location, bed.lanternUrl).href);
      expect(await landing.text()).toContain('Lantern finishes setting up this browser');
      return location.split('#code=')[1]!;
    }

    it('stores what the provider says about the person in the people directory', async () => {
      await t.db
        .insertInto('people')
        .values({
          email: 'bob@example.com',
          name: 'Bob',
          department: 'Old',
          manager_email: null,
          source: 'csv',
          created_at: 1,
          updated_at: 1,
        })
        .execute();
      const { start } = await startFromExtension();
      await signIn('bob', start);
      expect(await t.db.selectFrom('people').selectAll().execute()).toMatchObject([
        {
          email: 'bob@example.com',
          department: 'Finance',
          manager_email: 'alice@example.com',
          source: 'oidc',
        },
      ]);
    });

    it('binds the device to the email the provider vouched for, once', async () => {
      const { secret, start } = await startFromExtension();
      const code = await signIn('bob', start);
      const done = await enrol({
        enrolmentGrant: secret,
        enrolmentCode: code,
        userEmail: 'someone-else@example.com',
      });
      expect(done.status).toBe(200);
      const device = await t.db
        .selectFrom('devices')
        .innerJoin('users', 'users.id', 'devices.user_id')
        .select(['users.email', 'users.identity_assurance as person', 'devices.identity_assurance as device'])
        .executeTakeFirstOrThrow();
      // The email the request claimed is ignored: the provider's counts.
      expect(device).toEqual({ email: 'bob@example.com', person: 'oidc', device: 'oidc' });
      const again = await enrol({ enrolmentGrant: secret, enrolmentCode: code });
      expect(again.body.error.message).toContain('already used');
    });

    it("is useless to an attacker who lured a colleague into signing in with the attacker's challenge", async () => {
      // The colleague's browser follows the attacker's link and signs in; the code stays in that tab.
      const { secret, start } = await startFromExtension();
      const code = await signIn('bob', start);
      const guess = randomBytes(32).toString('base64url');
      const withoutCode = await enrol({ enrolmentGrant: secret, enrolmentCode: guess });
      expect(withoutCode.status).toBe(401);
      expect(withoutCode.body.error.message).toContain('no sign-in matches this secret and code');
      // And the colleague's code is worthless without the secret.
      expect((await enrol({ enrolmentGrant: guess, enrolmentCode: code })).status).toBe(401);
      expect(await t.db.selectFrom('devices').selectAll().execute()).toEqual([]);
    });

    it('refuses a grant without its code, and a malformed challenge', async () => {
      const secret = randomBytes(32).toString('base64url');
      expect((await enrol({ enrolmentGrant: secret })).status).toBe(400);
      const bad = await walker.request(`${bed.lanternUrl}/auth/oidc/enrol?challenge=short`);
      expect(bad.status).toBe(400);
    });

    it('refuses the shared enrolment token in this mode: the forged-colleague attack fails', async () => {
      const { token } = await createEnrolmentToken(t.db, { name: 'org-wide' });
      const forged = await enrol({ enrollmentToken: token, userEmail: 'alice@example.com' });
      expect(forged.status).toBe(403);
      expect(forged.body.error.message).toContain('enrols browsers through sign-in at the identity provider');
      expect(await t.db.selectFrom('devices').selectAll().execute()).toEqual([]);
    });
  });
}
