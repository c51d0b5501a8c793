import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEnrolmentGrant } from '../db/repositories/enrolment-grants.repository';
import type { OidcClient } from '../oidc/client';
import type { VerifiedPerson } from '../oidc/identity';
import { refusalPage, sendPage } from '../oidc/pages';
import { refusalFrom } from '../oidc/refusal';
import { newToken } from '../security/tokens';
import { flowCookie, redirectToProvider, type AuthRouteOptions } from './oidc-routes';
import { isSecure } from './request-auth';
import { sendError } from './respond';

const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/**
 * GET /auth/oidc/enrol?challenge=…: the extension's enrol page sends the person here with the SHA-256
 * of a secret it keeps. Anyone may start one (browsers do not mark extension navigations in a way a
 * server can trust: Chromium sends `Origin: null`); what makes a lured sign-in useless to an attacker
 * is the code the callback shows only in the signing-in browser (finishEnrolment).
 */
export async function startEnrolment(
  o: AuthRouteOptions,
  oidc: OidcClient,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  if (req.method !== 'GET') return sendError(res, 405, 'method not allowed', { Allow: 'GET' });
  const challenge = url.searchParams.get('challenge') ?? '';
  if (!CHALLENGE.test(challenge)) return sendError(res, 400, 'challenge must be 43 base64url characters');
  try {
    await redirectToProvider(o, oidc, req, res, { purpose: 'enrol', enrolChallenge: challenge });
  } catch (error) {
    const refusal = refusalFrom(error);
    o.logger.warn({ kind: refusal.kind }, 'OIDC enrolment refused');
    refusalPage(res, refusal.status, refusal.message, '/');
  }
}

/**
 * After the provider vouched for the person: a grant bound to the challenge and to a one-time code.
 * The code travels in the URL fragment of Lantern's own page in this tab (never sent to any server,
 * never in a Referer); the extension reads it from the tab and redeems it with its secret.
 */
export async function finishEnrolment(
  o: AuthRouteOptions,
  req: IncomingMessage,
  res: ServerResponse,
  person: VerifiedPerson,
  challenge: string,
  now: number,
) {
  const code = newToken();
  await createEnrolmentGrant(
    o.handle.db,
    { challenge, subject: person.subject, email: person.email, code },
    now,
  );
  o.logger.info({ via: 'oidc' }, 'browser enrolment signed in');
  res.writeHead(303, {
    Location: `/auth/oidc/enrolled#code=${code}`,
    'Set-Cookie': flowCookie('', 0, isSecure(req)),
    'Cache-Control': 'no-store',
  });
  res.end();
}

/** The page the tab lands on; the extension finishes from here. */
export function enrolledPage(res: ServerResponse): void {
  sendPage(
    res,
    200,
    'Signed in',
    '<p id="enrolled">You are signed in. Lantern finishes setting up this browser on its own; you can close this tab.</p>',
  );
}
