import { randomBytes } from 'node:crypto';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { challengeOf } from '../db/repositories/enrolment-grants.repository';
import { createEnrollmentToken } from '../db/repositories/tokens.repository';
import { CookieWalker, loginAtProvider } from '../test-support/cookie-walker';
import { dialects, openTestDatabase } from '../test-support/databases';
import type { TestDatabase } from '../test-support/databases';
import { startOidcTestbed } from '../test-support/oidc-testbed';
import type { OidcTestbed } from '../test-support/oidc-testbed';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const BROWSER = { browser: 'chrome', browserVersion: '131.0', extensionVersion: '0.1.0' } as const;

/** A browser's enrolment through sign-in at a real OpenID Provider, over HTTP. */
for (const dialect of dialects) {
  describe(`${dialect}: verified browser enrolment through the OpenID Provider`, () => {
    let t: TestDatabase;
    let bed: OidcTestbed;
    let walker: CookieWalker;

    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      bed = await startOidcTestbed(t);
    });
    afterAll(async () => {
      await bed.close();
      await t.close();
    });
    beforeEach(async () => {
      await t.reset();
      walker = new CookieWalker();
    });

    async function enroll(input: Record<string, unknown>) {
      const res = await fetch(`${bed.lanternUrl}/trpc/device.enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, userEmail: null, ...BROWSER, ...input }),
      });
      return { status: res.status, body: (await res.json()) as { error: { message: string } } };
    }

    /** The extension's part: a secret it keeps, its hash posted from the extension's own page. */
    async function signInFromExtension(login: string, origin = EXTENSION) {
      const secret = randomBytes(32).toString('base64url');
      const start = await walker.request(`${bed.lanternUrl}/auth/oidc/enrol`, {
        form: { challenge: challengeOf(secret) },
        headers: { origin },
      });
      return { secret, start };
    }

    it('binds the device to the email the provider vouched for, once', async () => {
      const { secret, start } = await signInFromExtension('bob');
      // Before the sign-in, the extension's redeem just waits.
      expect((await enroll({ enrolmentGrant: secret })).body.error.message).toContain(
        'waiting for the person',
      );
      const callback = await loginAtProvider(walker, '', 'bob', start);
      const page = await walker.request(callback);
      expect(await page.text()).toContain('Signed in as bob@example.com');
      const done = await enroll({ enrolmentGrant: secret, userEmail: 'someone-else@example.com' });
      expect(done.status).toBe(200);
      const device = await t.db
        .selectFrom('devices')
        .innerJoin('users', 'users.id', 'devices.user_id')
        .select(['users.email', 'users.identity_assurance as person', 'devices.identity_assurance as device'])
        .executeTakeFirstOrThrow();
      // The email the request claimed is ignored: the provider's counts.
      expect(device).toEqual({ email: 'bob@example.com', person: 'oidc', device: 'oidc' });
      const again = await enroll({ enrolmentGrant: secret });
      expect(again.body.error.message).toContain('already used');
    });

    it('cannot be redeemed with another secret (an attacker who lured the person has only their own)', async () => {
      const { start } = await signInFromExtension('bob');
      await walker.request(await loginAtProvider(walker, '', 'bob', start));
      const guess = randomBytes(32).toString('base64url');
      expect((await enroll({ enrolmentGrant: guess })).body.error.message).toContain(
        'waiting for the person',
      );
    });

    it('is started only by an extension page, never by a web page (login CSRF)', async () => {
      const { start } = await signInFromExtension('bob', 'https://attacker.example');
      expect(start.status).toBe(403);
      expect(await start.text()).toContain('can only be started by the Lantern extension');
      expect(await t.db.selectFrom('oidc_flows').selectAll().execute()).toEqual([]);
    });

    it('refuses the shared enrolment token in this mode: the forged-colleague attack fails', async () => {
      const { token } = await createEnrollmentToken(t.db, { name: 'org-wide' });
      const forged = await enroll({ enrollmentToken: token, userEmail: 'alice@example.com' });
      expect(forged.status).toBe(403);
      expect(forged.body.error.message).toContain('enrols browsers through sign-in at the identity provider');
      expect(await t.db.selectFrom('devices').selectAll().execute()).toEqual([]);
    });
  });
}
