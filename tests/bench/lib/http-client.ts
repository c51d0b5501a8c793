import { Agent, request } from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
  /** Milliseconds from `startedAt` (default: the call) to the last byte. */
  ms: number;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  token?: string;
  /** Connect from this loopback address on a fresh connection (enrolment: one address per device). */
  localAddress?: string;
  /** performance.now() at which the request was due, so queueing before sending counts too. */
  startedAt?: number;
  timeoutMs?: number;
}

/**
 * A lean keep-alive HTTP/1.1 client for loopback load: node:http with a bounded socket pool, so the
 * load generator costs little of the second core. Network errors come back as status 0.
 */
export class HttpClient {
  readonly agent: Agent;
  private readonly base: URL;

  constructor(baseUrl: string, sockets = 64) {
    this.base = new URL(baseUrl);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  send(path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const started = options.startedAt ?? performance.now();
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = {};
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    return new Promise((resolve) => {
      const done = (status: number, body: string) =>
        resolve({ status, body, ms: performance.now() - started });
      const req = request(
        {
          host: this.base.hostname,
          port: this.base.port,
          path,
          method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
          ...(options.localAddress
            ? {
                localAddress: options.localAddress,
                agent: false,
                headers: { ...headers, connection: 'close' },
              }
            : { agent: this.agent, headers }),
          timeout: options.timeoutMs ?? 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
          res.on('error', (e) => done(0, String(e)));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (e) => done(0, String(e)));
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The tRPC v11 result envelope of a successful call, or a clear error naming the procedure. */
export function trpcData<T>(procedure: string, res: HttpResponse): T {
  if (res.status !== 200) throw new Error(`${procedure}: HTTP ${res.status} ${res.body.slice(0, 300)}`);
  return (JSON.parse(res.body) as { result: { data: T } }).result.data;
}

/** A distinct loopback address per index (127.1.0.1 ...), so address-keyed limits see separate devices. */
export function loopbackAddress(i: number): string {
  const n = i + 1;
  return `127.${1 + ((n >> 16) & 0x7f)}.${(n >> 8) & 0xff}.${n & 0xff}`;
}
