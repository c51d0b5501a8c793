import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the network does to one request:
 * - `pass`: delivered, answered.
 * - `drop`: never reaches the server; the client sees a reset.
 * - `lose-response`: the server handles it (and commits), then the client sees a reset.
 * - `duplicate`: delivered twice at once (a retransmitting middlebox); the client gets one answer.
 * - `replay-later`: delivered and answered, and delivered once more after some later request (reordering).
 * - `delay`: held for `ms` before delivery.
 * - `unavailable`: a load balancer's 503 without reaching the server.
 * - `throttle`: a 429 with Retry-After without reaching the server.
 */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'drop' }
  | { kind: 'lose-response' }
  | { kind: 'duplicate' }
  | { kind: 'replay-later' }
  | { kind: 'delay'; ms: number }
  | { kind: 'unavailable' }
  | { kind: 'throttle'; retryAfterSeconds: number };

interface Captured {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface FaultProxy {
  url: string;
  /** Where requests go; change it after restarting the server on another port. */
  target: string;
  /** Faults for the next requests, in order; when empty, requests pass. */
  faults: Fault[];
  /** Called once a request has been forwarded (used to kill the server mid-request). */
  onForward: ((path: string) => void) | null;
  /** Every request body seen, for privacy checks. */
  readonly seen: Array<{ path: string; body: string }>;
  /** The status of every answer the client received. */
  readonly statuses: number[];
  counts: Record<Fault['kind'], number>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(target: string, c: Captured): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const out = request(
      `${target}${c.path}`,
      { method: c.method, headers: { ...c.headers, connection: 'close' }, agent: false },
      (res) => {
        readBody(res).then(
          (body) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body }),
          reject,
        );
      },
    );
    out.on('error', reject);
    out.end(c.body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An HTTP proxy on 127.0.0.1 that injects one scripted fault per request. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const replays: Captured[] = [];
  const sockets = new Set<Socket>();
  const counts = {
    pass: 0,
    drop: 0,
    'lose-response': 0,
    duplicate: 0,
    'replay-later': 0,
    delay: 0,
    unavailable: 0,
    throttle: 0,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === 'string' && k !== 'host') headers[k] = v;
    const captured: Captured = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers,
      body: await readBody(req),
    };
    proxy.seen.push({ path: captured.path, body: captured.body.toString('utf8') });
    const fault = proxy.faults.shift() ?? { kind: 'pass' };
    counts[fault.kind] += 1;
    // Earlier deliveries held back arrive now, before this one: the server sees them out of order.
    while (replays.length > 0) await forward(proxy.target, replays.shift()!).catch(() => undefined);
    switch (fault.kind) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'unavailable':
        proxy.statuses.push(503);
        res.writeHead(503, { 'content-type': 'text/plain' }).end('upstream unavailable');
        return;
      case 'throttle':
        proxy.statuses.push(429);
        res.writeHead(429, { 'retry-after': String(fault.retryAfterSeconds) }).end();
        return;
      case 'delay':
        await sleep(fault.ms);
        break;
      case 'pass':
      case 'lose-response':
      case 'duplicate':
      case 'replay-later':
        break;
    }
    const first = forward(proxy.target, captured);
    proxy.onForward?.(captured.path);
    const second = fault.kind === 'duplicate' ? forward(proxy.target, captured).catch(() => null) : null;
    if (fault.kind === 'replay-later') replays.push(captured);
    let answer: Answer;
    try {
      answer = await first;
      await second;
    } catch {
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'lose-response') {
      req.socket.destroy();
      return;
    }
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(answer.headers))
      if (v !== undefined && !['connection', 'transfer-encoding', 'keep-alive', 'content-length'].includes(k))
        out[k] = v;
    proxy.statuses.push(answer.status);
    res.writeHead(answer.status, out).end(answer.body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    target,
    faults: [],
    onForward: null,
    seen: [],
    statuses: [],
    counts,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
