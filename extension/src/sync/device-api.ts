import {
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
import {
  ApiError,
  answerText,
  parseJson,
  REQUEST_TIMEOUT_MS,
  refusal,
  send,
  type Exchange,
  type FetchFn,
} from './http-exchange';

/**
 * The device calls over the server's plain HTTP device protocol (docs/protocol.md): JSON inputs,
 * non-batched, answers and refusals parsed with the shared wire schemas (schemas/device-wire.ts) and
 * the shared output schemas, so a server speaking another protocol fails loudly instead of
 * corrupting state. Plain fetch: the engine needs the HTTP status and Retry-After of every failure,
 * and the code runs unchanged in a service worker and in Node tests.
 */
export { ApiError, REQUEST_TIMEOUT_MS, type FetchFn } from './http-exchange';

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
