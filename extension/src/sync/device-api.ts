import {
  DeviceErrorSchema,
  DeviceResultSchema,
  RELEASE_LIMITS,
  EnrolOutputSchema,
  PullOutputSchema,
  PushOutputSchema,
  safeParseRelease,
  type CatalogFetchInput,
  type CatalogRelease,
  type EnrolInput,
  type EnrolOutput,
  type PullInput,
  type PullOutput,
  type PushInput,
  type PushOutput,
} from '@lantern/shared';
import { parseRetryAfter } from './backoff';

/**
 * The device calls over the server's plain HTTP device protocol (docs/protocol.md): JSON inputs,
 * non-batched, answers and refusals parsed with the shared wire schemas (schemas/device-wire.ts) and
 * the shared output schemas, so a server speaking another protocol fails loudly instead of
 * corrupting state. Plain fetch: the engine needs the HTTP status and Retry-After of every failure,
 * and the code runs unchanged in a service worker and in Node tests.
 */
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

export interface DeviceApi {
  /** `device.enroll` on the wire (its name there stays). */
  enrol(input: EnrolInput): Promise<EnrolOutput>;
  push(token: string, input: PushInput): Promise<PushOutput>;
  pull(token: string, input: PullInput): Promise<PullOutput>;
  /** The catalog release `pull` announced, by content address; size-bounded, schema-checked. */
  catalog(token: string, input: CatalogFetchInput): Promise<CatalogRelease>;
}

/** tRPC's envelope around a release: a release at the byte limit still fits. */
const CATALOG_ANSWER_MAX_CHARS = RELEASE_LIMITS.maxBytes + 1024;

/** `https://lantern.example.com/` → `https://lantern.example.com`; refuses anything but http(s). */
export function normaliseServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`"${raw}" is not a server address; write it in full, like https://lantern.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('the server address must start with https:// or http://');
  }
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/+$/, '');
}

/** How an answer is read: a shared zod schema, or a function with the same contract. */
export interface AnswerParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** The catalog release, read with the shared check that spares a large release zod's per-value cost. */
const CatalogAnswer: AnswerParser<CatalogRelease> = { safeParse: safeParseRelease };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One call's request: what failed, how long it may take, and the signal that ends it. */
interface Exchange {
  procedure: string;
  timeoutMs: number;
  signal: AbortSignal;
}

const timedOut = ({ procedure, timeoutMs }: Exchange) =>
  new ApiError(`server unreachable: no answer to ${procedure} within ${timeoutMs / 1000} s`, 0);

/** Sends the request; a network failure or timeout is "unreachable" (status 0). */
async function send(fetchFn: FetchFn, url: string, init: RequestInit, exchange: Exchange): Promise<Response> {
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

/** The answer's text, within the timeout and the size the caller allows. */
async function answerText(response: Response, exchange: Exchange, maxChars: number): Promise<string> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (exchange.signal.aborted) throw timedOut(exchange);
    throw new ApiError(
      `server unreachable: the answer to ${exchange.procedure} broke off (${messageOf(error)})`,
      0,
    );
  }
  if (text.length > maxChars)
    throw new ApiError(
      `${exchange.procedure}: the answer is larger than ${maxChars} characters`,
      response.status,
    );
  return text;
}

/** A refusal as the engine needs it: status, Retry-After, and the events a refused push named. */
function refusal(procedure: string, response: Response, body: unknown, now: number): ApiError {
  const error = DeviceErrorSchema.safeParse(body).data?.error;
  const message = error?.message ?? response.statusText;
  return new ApiError(
    `${procedure}: HTTP ${response.status} ${message}`.trim(),
    response.status,
    parseRetryAfter(response.headers.get('retry-after'), now),
    response.status === 400 ? (error?.data?.eventIndexes ?? []) : [],
  );
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export function createDeviceApi(
  serverUrl: string,
  fetchFn: FetchFn = (i, init) => fetch(i, init),
  now: () => number = Date.now,
  timeoutMs: number = REQUEST_TIMEOUT_MS,
): DeviceApi {
  const base = `${normaliseServerUrl(serverUrl)}/trpc`;

  async function call<T>(
    procedure: string,
    input: unknown,
    parser: AnswerParser<T>,
    token?: string,
    maxChars = Number.POSITIVE_INFINITY,
  ): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const exchange: Exchange = { procedure, timeoutMs, signal: AbortSignal.timeout(timeoutMs) };
    // sync.pull is a query: the server allows POST for it (method override), which keeps the
    // input out of URLs and proxy logs.
    const init: RequestInit = { method: 'POST', headers, body: JSON.stringify(input) };
    const response = await send(fetchFn, `${base}/${procedure}`, init, exchange);
    const body = parseJson(await answerText(response, exchange, maxChars));
    if (!response.ok) throw refusal(procedure, response, body, now());
    const result = DeviceResultSchema.safeParse(body);
    const parsed = result.success ? parser.safeParse(result.data.result.data) : undefined;
    if (!parsed?.success)
      throw new ApiError(`${procedure}: unexpected answer from the server`, response.status);
    return parsed.data;
  }

  return {
    enrol: (input) => call('device.enroll', input, EnrolOutputSchema),
    push: (token, input) => call('sync.push', input, PushOutputSchema, token),
    pull: (token, input) => call('sync.pull', input, PullOutputSchema, token),
    catalog: (token, input) => call('sync.catalog', input, CatalogAnswer, token, CATALOG_ANSWER_MAX_CHARS),
  };
}
