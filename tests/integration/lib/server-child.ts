/**
 * The server as its own process, so a test can `kill -9` it mid-transaction and start it again on
 * the same SQLite file. Settings arrive as one JSON argument; the first stdout line is the address.
 */
import { createLogger, createApiToken, createEnrolmentToken, startServer } from '@lantern/server';

interface ChildOptions {
  databaseUrl: string;
  port: number;
  rateLimit?: { capacity: number; refillPerSecond: number };
  logLevel?: string;
  /** Create an enrolment token and an admin token on start and print them (first start only). */
  seedTokens?: boolean;
  /** TRUSTED_PROXIES: peers whose X-Forwarded-For and X-Forwarded-Proto are believed. */
  trustedProxies?: string[];
}

const options = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;
const server = await startServer({
  databaseUrl: options.databaseUrl,
  port: options.port,
  rateLimit: options.rateLimit ?? { capacity: 100_000, refillPerSecond: 10_000 },
  ...(options.trustedProxies ? { trustedProxies: options.trustedProxies } : {}),
  // Logs go to stderr so stdout stays a clean channel for the handshake line.
  logger: createLogger({ level: options.logLevel ?? 'silent', destination: process.stderr }),
});
let tokens: { enrollment: string; admin: string } | null = null;
if (options.seedTokens) {
  tokens = {
    enrollment: (await createEnrolmentToken(server.db, { name: 'fault test' })).token,
    admin: (await createApiToken(server.db, 'admin', 'fault test')).token,
  };
}
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port, tokens })}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
