import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  type: string;
  body: unknown;
  headers: IncomingHttpHeaders;
}

export type Mode = 'ok' | 'fail' | 'kill' | 'redirect';

/**
 * A real webhook receiver on 127.0.0.1. With a secret it verifies every request with the
 * `standardwebhooks` package (a bad signature is answered 401 and not recorded). Mode `fail`
 * answers 503; `redirect` points elsewhere (307); `kill` destroys the connection after reading the request, as a crashing receiver.
 */
export async function startReceiver(secret: string | null = null) {
  const received: Received[] = [];
  let mode: Mode = 'ok';
  let seen = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen++;
      const text = Buffer.concat(chunks).toString('utf8');
      if (mode === 'kill') return req.socket.destroy();
      if (mode === 'fail') return res.writeHead(503).end();
      if (mode === 'redirect')
        return res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      let body: unknown;
      try {
        body = secret
          ? new Webhook(secret).verify(text, req.headers as Record<string, string>)
          : JSON.parse(text);
      } catch (error) {
        return res.writeHead(401).end((error as Error).message);
      }
      const id = String(req.headers['webhook-id'] ?? '');
      received.push({ id, type: (body as { type?: string }).type ?? '', body, headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Requests that arrived, whatever the answer. */
    get requests() {
      return seen;
    },
    setMode(m: Mode) {
      mode = m;
    },
    setSecret(s: string) {
      secret = s;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
