/** Helpers of the HTTP tests: raw requests, servers on port 0, the databases to run them on. */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createDatabase } from '../../src/db/connect';
import type { DatabaseHandle } from '../../src/db/connect';
import { migrateToLatest } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { dialects, openTestDatabase } from '../databases';
import type { TestDatabase } from '../databases';
import { createHttpServer } from '../../src/http/server';
import type { HttpOptions } from '../../src/http/server';

export interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: the raw headers tell a fast answer (Content-Length) from tRPC's (chunked). */
export function send(
  base: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Raw> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: opts.method ?? 'GET',
        // As fetch sends a string body: with its length (Node would otherwise send it chunked).
        headers: {
          ...(opts.body !== undefined ? { 'content-length': String(Buffer.byteLength(opts.body)) } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export async function listen(options: HttpOptions): Promise<{ url: string; server: Server }> {
  const server = createHttpServer(options);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export const close = (s: Server) =>
  new Promise<void>((r) => {
    s.closeAllConnections();
    s.close(() => r());
  });

/** A logger whose lines the test can read. */
export function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n'))
        if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ destination, level: 'debug' }), lines };
}

export const base = (handle: DatabaseHandle, extra: Partial<HttpOptions> = {}): HttpOptions => ({
  handle,
  logger: createLogger({ level: 'silent' }),
  rateLimit: { capacity: 1e9, refillPerSecond: 1e9 },
  maxBodyBytes: 64 * 1024,
  dashboardDir: '/nonexistent',
  ...extra,
});

/** Each dialect, plus SQLite in a file (where the fast path reads through its own connection). */
export const setups: { name: string; open: () => Promise<TestDatabase> }[] = [
  ...dialects.map((d) => ({
    name: d === 'sqlite' ? 'sqlite in memory' : d,
    open: () => openTestDatabase(d),
  })),
  {
    name: 'sqlite file',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'lantern-pull-'));
      const url = `sqlite:${join(dir, 'lantern.db')}`;
      const handle = createDatabase(url);
      await migrateToLatest(handle.db);
      return {
        ...handle,
        url,
        schema: null,
        reset: async () => {},
        async close() {
          await handle.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];
