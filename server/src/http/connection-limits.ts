import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { plainAddress } from './client-address';
import type { TrustedProxies } from './client-address';

export interface ConnectionLimits {
  /**
   * The longest one request (headers and body) may take to arrive. Node's default is 300 s, so a
   * client trickling a body one byte at a time held a connection (and its buffers) for 5 minutes.
   * 30 s is far more than any legitimate body here needs (at most a 2 MiB push).
   */
  requestTimeoutMs: number;
  /** The longest the request headers may take. */
  headersTimeoutMs: number;
  /** Open connections the process accepts in all; more are closed at once (server.maxConnections). */
  maxConnections: number;
  /**
   * Open connections one client address may hold. Not applied to TRUSTED_PROXIES peers: every
   * browser behind the proxy shares its address (the proxy bounds its own upstream connections).
   */
  maxConnectionsPerAddress: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 20_000,
  maxConnections: 10_000,
  maxConnectionsPerAddress: 256,
};

/**
 * Options for createServer. Node checks the two timeouts only every `connectionsCheckingInterval`
 * (30 s by default), which would let a trickled request live up to twice its deadline; once a
 * second costs nothing measurable. An idle keep-alive connection is not "in a request", so these
 * deadlines never cut it (keepAliveTimeout does).
 */
export function serverTimeouts(limits: ConnectionLimits) {
  return {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
    connectionsCheckingInterval: Math.min(1_000, limits.requestTimeoutMs),
  };
}

/** Applies the total and per-address connection caps to a server. */
export function capConnections(server: Server, limits: ConnectionLimits, trusted: TrustedProxies | null) {
  server.maxConnections = limits.maxConnections;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = plainAddress(socket.remoteAddress ?? 'unknown');
    if (trusted?.has(address)) return;
    const n = (open.get(address) ?? 0) + 1;
    if (n > limits.maxConnectionsPerAddress) {
      socket.destroy();
      return;
    }
    open.set(address, n);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
