import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, DialectName } from './db/database';

export type AdminRole = 'admin' | 'auditor';

/** Who is calling, resolved from a bearer token or a dashboard session cookie. */
export type Principal =
  | { kind: 'device'; deviceId: string; userId: string }
  | {
      kind: 'staff';
      role: AdminRole;
      tokenId: string;
      name: string;
      /** Cookie-authenticated calls must also have passed the CSRF check to change anything. */
      via: 'bearer' | 'session';
      csrfOk: boolean;
      sessionId: string | null;
    };

export interface ContextInner {
  db: Kysely<Database>;
  dialect: DialectName;
  auth: Principal | null;
  /** True when the request reached us over HTTPS (session cookies are then marked Secure). */
  secure?: boolean;
  logger?: Logger;
  now?: () => number;
  /** True when an identity provider is configured: browsers enrol only through sign-in there. */
  verifiedEnrolmentOnly?: boolean;
  /** Set by the HTTP layer so session procedures can set and clear cookies. */
  setCookie?: (cookie: string) => void;
}

export interface Context extends ContextInner {
  now: () => number;
}

/** The context without HTTP: router tests build it directly and call procedures through createCaller. */
export function createContextInner(inner: ContextInner): Context {
  return { ...inner, now: inner.now ?? Date.now };
}
