import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEnrolmentGrant } from '../db/repositories/enrolment-grants.repository';
import type { OidcClient } from '../oidc/client';
import type { VerifiedPerson } from '../oidc/identity';
import { escapeHtml, refusalPage, sendPage } from '../oidc/pages';
import { refusalFrom } from '../oidc/refusal';
import { flowCookie, redirectToProvider, type AuthRouteOptions } from './oidc-routes';
import { isSecure } from './request-auth';
import { readBody, smallBodyLength } from './request-body';
import { sendError } from './respond';

/**
 * Only an extension's own page can start a browser's enrolment: browsers set Origin themselves, and a
 * web page's form post carries the page's origin. Without this, any site could start an enrolment with
 * a challenge of its own and trick a signed-in employee into binding their identity to the site's
 * secret (a login CSRF that would hand the site a device token in the employee's name).
 */
const EXTENSION_ORIGIN =
  /^(chrome-extension|moz-extension|extension|safari-web-extension):\/\/[A-Za-z0-9.-]{1,100}$/;
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** POST /auth/oidc/enrol (form field `challenge`), from the extension's enrol page. */
export async function startEnrolment(
  o: AuthRouteOptions,
  oidc: OidcClient,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (req.method !== 'POST') return sendError(res, 405, 'method not allowed', { Allow: 'POST' });
  const origin = req.headers.origin ?? '';
  if (!EXTENSION_ORIGIN.test(origin))
    return refusalPage(
      res,
      403,
      'Browser enrolment can only be started by the Lantern extension itself.',
      '/',
    );
  if (smallBodyLength(req, 1024) === null) return sendError(res, 413, 'form too large');
  const body = await readBody(req);
  const challenge = new URLSearchParams(body ?? '').get('challenge') ?? '';
  if (!CHALLENGE.test(challenge)) return sendError(res, 400, 'challenge must be 43 base64url characters');
  try {
    await redirectToProvider(o, oidc, req, res, { purpose: 'enrol', enrolChallenge: challenge });
  } catch (error) {
    const refusal = refusalFrom(error);
    o.logger.warn({ kind: refusal.kind }, 'OIDC enrolment refused');
    refusalPage(res, refusal.status, refusal.message, '/');
  }
}

/** After the provider vouched for the person: the grant waits for the extension's secret. */
export async function finishEnrolment(
  o: AuthRouteOptions,
  req: IncomingMessage,
  res: ServerResponse,
  person: VerifiedPerson,
  challenge: string,
  now: number,
) {
  await createEnrolmentGrant(o.handle.db, { challenge, subject: person.subject, email: person.email }, now);
  o.logger.info({ via: 'oidc' }, 'browser enrolment signed in');
  sendPage(
    res,
    200,
    'Lantern is set up',
    `<p id="enrolled">Signed in as ${escapeHtml(person.email)}. Lantern finishes setting up this browser on its own; you can close this tab.</p>`,
    { 'Set-Cookie': flowCookie('', 0, isSecure(req)) },
  );
}
