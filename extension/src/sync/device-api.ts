import {
  CatalogReleaseSchema,
  DeviceErrorSchema,
  DeviceResultSchema,
  RELEASE_LIMITS,
  EnrolOutputSchema,
  PullOutputSchema,
  PushOutputSchema,
  type CatalogFetchInput,
  type CatalogRelease,
  type EnrolInput,
  type EnrolOutput,
  type PullInput,
  type PullOutput,
  type PushInput,
  type PushOutput,
} from '@lantern/shared';
import type { z } from 'zod';
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

export function createDeviceApi(
  serverUrl: string,
  fetchFn: FetchFn = (i, init) => fetch(i, init),
  now: () => number = Date.now,
  timeoutMs: number = REQUEST_TIMEOUT_MS,
): DeviceApi {
  const base = `${normaliseServerUrl(serverUrl)}/trpc`;

  async function call<S extends z.ZodType>(
    procedure: string,
    input: unknown,
    schema: S,
    token?: string,
    maxChars = Number.POSITIVE_INFINITY,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const signal = AbortSignal.timeout(timeoutMs);
    const timedOut = () =>
      new ApiError(`server unreachable: no answer to ${procedure} within ${timeoutMs / 1000} s`, 0);
    let response: Response;
    try {
      // sync.pull is a query: the server allows POST for it (method override), which keeps the
      // input out of URLs and proxy logs.
      response = await fetchFn(`${base}/${procedure}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw timedOut();
      // Node's fetch hides the reason (ECONNREFUSED, ECONNRESET) in `cause`; show it.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const detail = cause?.code ?? cause?.message;
      throw new ApiError(
        `server unreachable: ${error instanceof Error ? error.message : String(error)}${detail ? ` (${detail})` : ''}`,
        0,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw timedOut();
      throw new ApiError(
        `server unreachable: the answer to ${procedure} broke off (${error instanceof Error ? error.message : String(error)})`,
        0,
      );
    }
    if (text.length > maxChars)
      throw new ApiError(`${procedure}: the answer is larger than ${maxChars} characters`, response.status);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const error = DeviceErrorSchema.safeParse(body).data?.error;
      const message = error?.message ?? response.statusText;
      throw new ApiError(
        `${procedure}: HTTP ${response.status} ${message}`.trim(),
        response.status,
        parseRetryAfter(response.headers.get('retry-after'), now()),
        response.status === 400 ? (error?.data?.eventIndexes ?? []) : [],
      );
    }
    const result = DeviceResultSchema.safeParse(body);
    const parsed = schema.safeParse(result.data?.result.data);
    if (!result.success || !parsed.success)
      throw new ApiError(`${procedure}: unexpected answer from the server`, response.status);
    return parsed.data;
  }

  return {
    enrol: (input) => call('device.enroll', input, EnrolOutputSchema),
    push: (token, input) => call('sync.push', input, PushOutputSchema, token),
    pull: (token, input) => call('sync.pull', input, PullOutputSchema, token),
    catalog: (token, input) =>
      call('sync.catalog', input, CatalogReleaseSchema, token, CATALOG_ANSWER_MAX_CHARS),
  };
}
