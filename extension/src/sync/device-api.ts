import {
  DeviceResultSchema,
  RELEASE_LIMITS,
  EnrolOutputSchema,
  PullOutputSchema,
  PushOutputSchema,
  readCatalogAnswer,
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
  answerBytes,
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
  /**
   * The catalog release `pull` announced, by content address; size-bounded, schema-checked, with the
   * SHA-256 of its signed text for the caller to compare with that address.
   */
  catalog(token: string, input: CatalogFetchInput): Promise<FetchedRelease>;
}

export interface FetchedRelease {
  release: CatalogRelease;
  sha256: string;
}

/** tRPC's envelope around a release: a release at the byte limit still fits. */
const CATALOG_ANSWER_MAX_BYTES = RELEASE_LIMITS.maxBytes + 1024;

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

export function createDeviceApi(
  serverUrl: string,
  fetchFn: FetchFn = (i, init) => fetch(i, init),
  now: () => number = Date.now,
  timeoutMs: number = REQUEST_TIMEOUT_MS,
): DeviceApi {
  const base = `${normaliseServerUrl(serverUrl)}/trpc`;

  async function exchangeFor(procedure: string, input: unknown, token?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const exchange: Exchange = { procedure, timeoutMs, signal: AbortSignal.timeout(timeoutMs) };
    // sync.pull is a query: the server allows POST for it (method override), which keeps the
    // input out of URLs and proxy logs.
    const init: RequestInit = { method: 'POST', headers, body: JSON.stringify(input) };
    return { exchange, response: await send(fetchFn, `${base}/${procedure}`, init, exchange) };
  }

  async function call<T>(
    procedure: string,
    input: unknown,
    parser: AnswerParser<T>,
    token?: string,
  ): Promise<T> {
    const { exchange, response } = await exchangeFor(procedure, input, token);
    const body = parseJson(await answerText(response, exchange));
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
    // Read as bytes: a release served as its signed text (shared `releaseWireText`) is checked against its
    // address by hashing what arrived, not by serialising the release again (see `readCatalogAnswer`).
    catalog: async (token, input) => {
      const { exchange, response } = await exchangeFor('sync.catalog', input, token);
      const bytes = await answerBytes(response, exchange, CATALOG_ANSWER_MAX_BYTES);
      if (!response.ok)
        throw refusal('sync.catalog', response, parseJson(new TextDecoder().decode(bytes)), now());
      const answer = await readCatalogAnswer(bytes, input.sha256);
      if (!answer.ok)
        throw new ApiError(
          `sync.catalog: unexpected answer from the server (${answer.problem})`,
          response.status,
        );
      return { release: answer.release, sha256: answer.sha256 };
    },
  };
}
