import { DeviceErrorSchema } from '@lantern/shared';
import { parseRetryAfter } from './backoff';

// One request of the device API over fetch (device-api.ts): sending it within a time limit, reading
// the answer within a size limit, and turning a refusal into the ApiError the sync engine acts on.

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly retryAfterMs: number | null = null,
    /** For a refused push: the indexes of the events the server named as invalid. */
    readonly refusedIndexes: readonly number[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * How long one request may take, answer body included. A request that hangs (a proxy holding the
 * connection, a server stuck on a lock) would otherwise hold the engine's one-at-a-time queue, and with
 * it every later push and pull, for as long as the worker lives. Treated as "unreachable": retried
 * with the short backoff.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One call's request: what failed, how long it may take, and the signal that ends it. */
export interface Exchange {
  procedure: string;
  timeoutMs: number;
  signal: AbortSignal;
}

const timedOut = ({ procedure, timeoutMs }: Exchange) =>
  new ApiError(`server unreachable: no answer to ${procedure} within ${timeoutMs / 1000} s`, 0);

/** Sends the request; a network failure or timeout is "unreachable" (status 0). */
export async function send(
  fetchFn: FetchFn,
  url: string,
  init: RequestInit,
  exchange: Exchange,
): Promise<Response> {
  try {
    return await fetchFn(url, { ...init, signal: exchange.signal });
  } catch (error) {
    if (exchange.signal.aborted) throw timedOut(exchange);
    // Node's fetch hides the reason (ECONNREFUSED, ECONNRESET) in `cause`; show it.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    throw new ApiError(`server unreachable: ${messageOf(error)}${detail ? ` (${detail})` : ''}`, 0);
  }
}

/** The answer's text, within the timeout. */
export async function answerText(response: Response, exchange: Exchange): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw brokenOff(error, exchange);
  }
}

/** The answer's bytes, within the timeout and the size the caller allows. */
export async function answerBytes(
  response: Response,
  exchange: Exchange,
  maxBytes: number,
): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw brokenOff(error, exchange);
  }
  if (bytes.length > maxBytes)
    throw new ApiError(`${exchange.procedure}: the answer is larger than ${maxBytes} bytes`, response.status);
  return bytes;
}

function brokenOff(error: unknown, exchange: Exchange): Error {
  if (exchange.signal.aborted) return timedOut(exchange);
  return new ApiError(
    `server unreachable: the answer to ${exchange.procedure} broke off (${messageOf(error)})`,
    0,
  );
}

/** A refusal as the engine needs it: status, Retry-After, and the events a refused push named. */
export function refusal(procedure: string, response: Response, body: unknown, now: number): ApiError {
  const error = DeviceErrorSchema.safeParse(body).data?.error;
  const message = error?.message ?? response.statusText;
  return new ApiError(
    `${procedure}: HTTP ${response.status} ${message}`.trim(),
    response.status,
    parseRetryAfter(response.headers.get('retry-after'), now),
    response.status === 400 ? (error?.data?.eventIndexes ?? []) : [],
  );
}

export function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
