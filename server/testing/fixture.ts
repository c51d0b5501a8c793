import type { Principal } from '../src/context';
import { createCaller } from '../src/caller';
import { createApiToken } from '../src/db/repositories/tokens.repository';
import { createEnrolmentToken } from '../src/db/repositories/enrolment-tokens.repository';
import { resolveAuth } from '../src/security/resolve-auth';
import { ENROL } from './events';
import type { TestDatabase } from './databases';

/** Callers for each kind of principal on one test database. */
export function fixture(t: TestDatabase) {
  const as = (auth: Principal | null) => createCaller({ db: t.db, dialect: t.dialect, auth });
  const authFor = async (bearer: string) => resolveAuth(t.db, { bearer });
  return {
    anonymous: as(null),
    as,
    authFor,
    async callerFor(bearer: string) {
      return as(await authFor(bearer));
    },
    async enrolmentToken(opts: { maxUses?: number; expiresAt?: number } = {}) {
      return (await createEnrolmentToken(t.db, { name: 'test', ...opts })).token;
    },
    async staffToken(role: 'admin' | 'auditor') {
      return (await createApiToken(t.db, role, `${role} for tests`)).token;
    },
    /** Enrols a device and returns its token and a caller authenticated as it. */
    async device(email: string | null = 'ada@example.com') {
      const enrollmentToken = (await createEnrolmentToken(t.db, { name: 'test' })).token;
      const out = await as(null).device.enroll({ ...ENROL, enrollmentToken, userEmail: email });
      return { ...out, caller: await this.callerFor(out.deviceToken) };
    },
  };
}
