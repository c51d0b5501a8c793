import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/connect';
import { createOidcFlow, takeOidcFlow } from '../db/repositories/oidc-flows.repository';
import { recordClaims } from '../db/repositories/people.repository';
import { SESSION_TTL_MS } from '../db/repositories/sessions.repository';
import type { OidcClient } from '../oidc/client';
import { personFromClaims, requireRole } from '../oidc/identity';
import { escapeHtml, refusalPage, sendPage } from '../oidc/pages';
import { OidcRefusal, refusalFrom } from '../oidc/refusal';
import { openStaffSession } from '../oidc/staff-session';
import { sessionCookie } from '../routers/session';
import { newToken } from '../security/tokens';
import { LINK_JS, linkPage } from './link-page';
import { enrolledPage, finishEnrolment, startEnrolment } from './oidc-enrol';
import { cookie, isSecure } from './request-auth';
import { sendError, sendJson } from './respond';

export const AUTH_PREFIX = '/auth/';
const FLOW_COOKIE = 'lantern_oidc';

export interface AuthRouteOptions {
  handle: DatabaseHandle;
  logger: Logger;
  oidc: OidcClient | null;
}

/** Lax, so it comes back on the provider's top-level redirect; scoped to the OIDC paths. */
export function flowCookie(value: string, maxAge: number, secure: boolean): string {
  return `${FLOW_COOKIE}=${value}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

/** Sends the person to the provider; the browser keeps a binding secret the callback must present. */
export async function redirectToProvider(
  o: AuthRouteOptions,
  oidc: OidcClient,
  req: IncomingMessage,
  res: ServerResponse,
  purpose: { purpose: 'dashboard' | 'enrol'; enrolChallenge?: string },
) {
  const started = await oidc.start();
  const existing = cookie(req, FLOW_COOKIE);
  // Reuse the browser's binding so two tabs signing in at once do not void each other.
  const binding = existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : newToken();
  await createOidcFlow(o.handle.db, { ...started, binding, ...purpose }, Date.now());
  res.writeHead(302, {
    Location: started.url.href,
    'Set-Cookie': flowCookie(binding, 600, isSecure(req)),
    'Cache-Control': 'no-store',
  });
  res.end();
}

async function callback(
  o: AuthRouteOptions,
  oidc: OidcClient,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  const state = url.searchParams.get('state');
  if (!state)
    throw new OidcRefusal('bad-callback', 'The sign-in answer carries no state; start again from Lantern.');
  const now = Date.now();
  const flow = await takeOidcFlow(o.handle.db, state, cookie(req, FLOW_COOKIE), now);
  if (!flow.ok) {
    const messages = {
      unknown: ['state-unknown', 'This sign-in answer does not match any sign-in started here. Start again.'],
      used: [
        'state-used',
        'This sign-in answer was already used (a replayed or repeated callback). Start again.',
      ],
      expired: ['state-expired', 'This sign-in took longer than 10 minutes and has expired. Start again.'],
      'other-browser': [
        'other-browser',
        'This sign-in was started in another browser. Start again in this one.',
      ],
    } as const;
    const [kind, message] = messages[flow.reason];
    throw new OidcRefusal(kind, message);
  }
  const claims = await oidc.finish(url, { state, nonce: flow.nonce, codeVerifier: flow.codeVerifier });
  const person = personFromClaims(claims, oidc.settings);
  // The directory learns what the provider says (department, manager) at every sign-in and enrolment.
  await recordClaims(
    o.handle.db,
    { email: person.email, name: person.name, department: person.department, managerEmail: person.manager },
    now,
  );
  if (flow.purpose === 'enrol' && flow.enrolChallenge)
    return finishEnrolment(o, req, res, person, flow.enrolChallenge, now);
  const role = requireRole(person, oidc.settings);
  const session = await openStaffSession(o.handle.db, person, role, now);
  o.logger.info({ role, via: 'oidc' }, 'dashboard sign-in');
  const secure = isSecure(req);
  // A page, not a redirect: the session cookie is SameSite=Strict, and a redirect chain that began at
  // the provider would not send it. finish.js stores the CSRF token as the token sign-in does.
  sendPage(
    res,
    200,
    'Signed in',
    `<p>Signed in as ${escapeHtml(person.email)} (${role}). Opening the dashboard…</p>` +
      `<div id="lantern-finish" data-csrf="${escapeHtml(session.csrf)}" data-next="/"></div>` +
      `<p class="muted"><a href="/">Continue</a></p><script src="/auth/oidc/finish.js"></script>`,
    {
      'Set-Cookie': [sessionCookie(session.token, SESSION_TTL_MS / 1000, secure), flowCookie('', 0, secure)],
    },
  );
}

const FINISH_JS =
  "const el=document.getElementById('lantern-finish');" +
  "if(el){localStorage.setItem('lantern.csrf',el.dataset.csrf);location.replace(el.dataset.next);}";

/**
 * /auth/oidc/{config,login,callback,finish.js}: dashboard sign-in through the OpenID Provider;
 * /auth/oidc/enrol: a browser's verified enrolment (oidc-enrol.ts); /auth/link: where a personal
 * enrolment link lands (link-page.ts).
 */
export async function handleAuth(o: AuthRouteOptions, req: IncomingMessage, res: ServerResponse, url: URL) {
  const path = url.pathname.slice(AUTH_PREFIX.length);
  if (req.method !== 'GET') return sendError(res, 405, 'method not allowed', { Allow: 'GET' });
  if (path === 'oidc/enrol' && o.oidc) return startEnrolment(o, o.oidc, req, res, url);
  if (path === 'oidc/enrolled' && o.oidc) return enrolledPage(res);
  if (path === 'link') return linkPage(res);
  if (path === 'link.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    return void res.end(LINK_JS);
  }
  if (path === 'oidc/config') return sendJson(res, 200, { enabled: o.oidc !== null });
  if (path === 'oidc/finish.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    return void res.end(FINISH_JS);
  }
  const oidc = o.oidc;
  if (!oidc || (path !== 'oidc/login' && path !== 'oidc/callback')) return sendError(res, 404, 'not found');
  try {
    if (path === 'oidc/login') return await redirectToProvider(o, oidc, req, res, { purpose: 'dashboard' });
    if (url.searchParams.has('error'))
      throw refusalFrom({ code: 'OAUTH_AUTHORIZATION_RESPONSE_ERROR', error: url.searchParams.get('error') });
    return await callback(o, oidc, req, res, url);
  } catch (error) {
    const refusal = refusalFrom(error);
    o.logger.warn(
      { kind: refusal.kind, err: error instanceof OidcRefusal ? refusal.cause : error },
      'OIDC sign-in refused',
    );
    refusalPage(res, refusal.status, refusal.message, '/auth/oidc/login');
  }
}
