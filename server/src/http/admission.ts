import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DatabaseHandle } from '../db/connect';
import { hashToken } from '../security/tokens';
import { planCalls } from './call-plan';
import { clientAddress } from './client-address';
import type { TrustedProxies } from './client-address';
import { DEFAULT_ENROLMENT_TOKEN_RATE_LIMIT, ENROL_PATH, EnrolmentTokenLimit } from './enrolment-limit';
import { RateLimiter } from './rate-limit';
import type { RateLimitOptions } from './rate-limit';
import { bearerToken } from './request-auth';
import { identify } from './request-principal';
import type { RequestIdentity } from './request-principal';
import { sendError } from './respond';

export interface AdmissionOptions {
  handle: DatabaseHandle;
  rateLimit: RateLimitOptions;
  maxBodyBytes: number;
  enrolmentRateLimit?: RateLimitOptions;
}

/**
 * What every /trpc/ and /api/ request passes before anything runs: no-store, the body size, the
 * batch rules (call-plan.ts), who is calling (request-principal.ts), and the rate limit charged one
 * token per procedure call to that caller's bucket.
 */
export class Admission {
  private readonly limiter: RateLimiter;
  private readonly enrolment: EnrolmentTokenLimit;

  constructor(
    private readonly opts: AdmissionOptions,
    private readonly trusted: TrustedProxies | null,
  ) {
    this.limiter = new RateLimiter(opts.rateLimit);
    this.enrolment = new EnrolmentTokenLimit(
      opts.handle,
      opts.enrolmentRateLimit ?? DEFAULT_ENROLMENT_TOKEN_RATE_LIMIT,
    );
  }

  /** The caller when the request may go on; null when it has been answered (413, 429, 400). */
  async admit(req: IncomingMessage, res: ServerResponse, url: URL): Promise<RequestIdentity | null> {
    const { pathname } = url;
    // Answers carry tokens, people's emails and the organisation's inventory: never stored by a cache.
    res.setHeader('Cache-Control', 'no-store');
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > this.opts.maxBodyBytes) {
      res.setHeader('Connection', 'close');
      sendError(res, 413, `request body larger than ${this.opts.maxBodyBytes} bytes`);
      return null;
    }
    const plan =
      pathname.startsWith('/trpc/') && req.method !== 'OPTIONS'
        ? planCalls(pathname.slice('/trpc/'.length), url.search)
        : null;
    const bearer = bearerToken(req);
    const identity = await identify(this.opts.handle, req, bearer ? hashToken(bearer) : null, () =>
      clientAddress(req, this.trusted),
    );
    // Every procedure call costs a token: a batch of N costs N (a refused one costs 1).
    let wait = this.limiter.take(identity.rateKey, plan?.ok ? plan.calls : 1);
    if (wait > 0 && pathname === ENROL_PATH && identity.rateKey.startsWith('a:'))
      wait = await this.enrolment.take(req, wait);
    if (wait > 0) {
      sendError(res, 429, 'too many requests', { 'Retry-After': String(wait) });
      return null;
    }
    if (plan && !plan.ok) {
      sendError(res, plan.status, plan.message);
      return null;
    }
    return identity;
  }
}
