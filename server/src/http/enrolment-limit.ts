import { LIMITS } from '@lantern/shared';
import type { DatabaseHandle } from '../db/connect';
import { enrolmentTokenUsable } from '../db/repositories/enrolment-tokens.repository';
import { hashToken } from '../security/tokens';
import { RateLimiter } from './rate-limit';
import type { RateLimitOptions } from './rate-limit';
import { isJsonContentType, readBody, smallBodyLength } from './request-body';
import type { RequestWithBody } from './request-body';

export const ENROL_PATH = '/trpc/device.enroll';

/**
 * What one enrolment token may add once its caller's address has used up its own allowance: a
 * rollout behind a NAT or a proxy that is not configured in TRUSTED_PROXIES arrives from one address,
 * and at that address's 2 per second it would take hours. 1,000 at once and 10 per second more
 * enrols 10,000 browsers in about a quarter of an hour; a token that leaked is revoked, not
 * outrun (and its `max_uses` bounds it anyway).
 */
export const DEFAULT_ENROLMENT_TOKEN_RATE_LIMIT: RateLimitOptions = { capacity: 1000, refillPerSecond: 10 };

/** Enrolment bodies are a few hundred bytes; a larger one is not looked at here. */
const MAX_BODY = 4096;

/**
 * The second chance of an enrolment refused by the per-address limit: when the request carries an
 * enrolment token that is usable now (known, not revoked or expired, uses left), it is charged to
 * that token's own bucket instead. Unknown tokens get nothing here — each would otherwise bring a
 * fresh bucket — so guessing stays limited per address. The body read here goes on to tRPC.
 */
export class EnrolmentTokenLimit {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly handle: DatabaseHandle,
    options: RateLimitOptions,
  ) {
    this.limiter = new RateLimiter(options);
  }

  /** 0 when the token's bucket admits the request, else the caller's original `wait`. */
  async take(req: RequestWithBody, wait: number, now = Date.now()): Promise<number> {
    if (req.method !== 'POST' || !isJsonContentType(req) || smallBodyLength(req, MAX_BODY) === null)
      return wait;
    const text = await readBody(req);
    const token = typeof text === 'string' ? enrolmentToken(text) : null;
    if (!token) return wait;
    const hash = hashToken(token);
    const usable = await enrolmentTokenUsable(this.handle.db, hash, now).catch(() => false);
    if (!usable) return wait;
    const tokenWait = this.limiter.take(`e:${hash}`);
    return tokenWait === 0 ? 0 : Math.min(wait, tokenWait);
  }
}

function enrolmentToken(text: string): string | null {
  try {
    const input = JSON.parse(text) as unknown;
    if (typeof input !== 'object' || input === null) return null;
    const token = (input as { enrollmentToken?: unknown }).enrollmentToken;
    return typeof token === 'string' && token.length > 0 && token.length <= LIMITS.token ? token : null;
  } catch {
    return null;
  }
}
