import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * The address a request came from, for the per-address rate limit. Behind a reverse proxy every
 * browser arrives from the proxy's address, so the operator may name the proxies they run
 * (TRUSTED_PROXIES); only a request whose peer is one of them has its X-Forwarded-For read. Anyone
 * else can write that header, so from any other peer it is ignored.
 */
export class TrustedProxies {
  private readonly list = new BlockList();
  readonly size: number;

  /** Addresses (`10.0.0.5`, `::1`) or CIDR ranges (`10.0.0.0/8`, `fd00::/8`); see parseTrustedProxies. */
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const parsed = parseProxyEntry(entry);
      if (!parsed) throw new Error(`"${entry}" is not an IP address or CIDR range`);
      if (parsed.prefix === null) this.list.addAddress(parsed.address, parsed.family);
      else this.list.addSubnet(parsed.address, parsed.prefix, parsed.family);
    }
    this.size = entries.length;
  }

  has(address: string): boolean {
    const a = plainAddress(address);
    const family = isIP(a);
    return family !== 0 && this.list.check(a, family === 6 ? 'ipv6' : 'ipv4');
  }
}

/** `::ffff:10.1.2.3` (how a dual-stack socket reports an IPv4 peer) → `10.1.2.3`. */
export function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function parseProxyEntry(
  entry: string,
): { address: string; family: 'ipv4' | 'ipv6'; prefix: number | null } | null {
  const [rawAddress, prefixText, ...rest] = entry.trim().split('/');
  if (rest.length > 0 || !rawAddress) return null;
  const address = plainAddress(rawAddress);
  const kind = isIP(address);
  if (kind === 0) return null;
  const family = kind === 4 ? 'ipv4' : 'ipv6';
  if (prefixText === undefined) return { address, family, prefix: null };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > (kind === 4 ? 32 : 128)) return null;
  return { address, family, prefix };
}

/** A comma- or space-separated TRUSTED_PROXIES value → its entries; throws naming a bad one. */
export function parseTrustedProxies(value: string): string[] {
  const entries = value.split(/[\s,]+/).filter(Boolean);
  for (const e of entries)
    if (!parseProxyEntry(e)) throw new Error(`"${e}" is not an IP address or CIDR range`);
  return entries;
}

/**
 * The client's address. The socket's peer, unless that peer is a trusted proxy: then X-Forwarded-For
 * is walked from its right end (the hop the proxy itself appended) past further trusted proxies,
 * and the first address that is not one is the client. Entries left of it were written by the
 * client and are never used. A malformed entry stops the walk at the last trusted hop.
 */
export function clientAddress(req: IncomingMessage, trusted: TrustedProxies | null): string {
  const peer = plainAddress(req.socket.remoteAddress ?? 'unknown');
  if (!trusted || trusted.size === 0 || !trusted.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  if (!header) return peer;
  const hops = (Array.isArray(header) ? header.join(',') : header).split(',');
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = plainAddress(stripPort(hops[i]!.trim()));
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}

/** `1.2.3.4:5678` and `[::1]:5678` (some proxies add the port) → the address. */
function stripPort(hop: string): string {
  if (hop.startsWith('[')) {
    const end = hop.indexOf(']');
    return end > 0 ? hop.slice(1, end) : hop;
  }
  const colon = hop.indexOf(':');
  return colon > 0 && hop.indexOf(':', colon + 1) === -1 ? hop.slice(0, colon) : hop;
}
