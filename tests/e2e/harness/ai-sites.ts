import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One request the local sites answered: enough for a test to assert what the browser fetched. */
export interface SiteRequest {
  host: string;
  method: string;
  path: string;
  /** The request headers as the server received them (names in lower case). */
  headers: Record<string, string | string[] | undefined>;
}

export interface AiSites {
  port: number;
  /** Every request so far, in order. */
  requests: SiteRequest[];
  /** `--host-resolver-rules` entries sending each host to this server. */
  hostRules(hosts: readonly string[]): string;
  close(): Promise<void>;
}

export interface AiSitesOptions {
  /** HTML for a host's pages; other hosts get a small page naming the host. */
  pages?: Record<string, string>;
}

/**
 * One local HTTPS server answering for any hostname (chatgpt.com, claude.ai, an embedding SaaS ...)
 * with a throwaway self-signed certificate. Many AI hosts are HSTS-preloaded, so plain HTTP would
 * fail; Chromium runs with --ignore-certificate-errors. API-looking requests get a permissive CORS
 * JSON answer so a page's fetch to an AI endpoint completes like it would in production.
 */
export async function startAiSites(options: AiSitesOptions = {}): Promise<AiSites> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'pipe' },
  );
  if (made.status !== 0)
    throw new Error(`openssl could not make a test certificate: ${made.stderr.toString()}`);
  const tls = { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  rmSync(dir, { recursive: true, force: true });

  const requests: SiteRequest[] = [];
  const server: Server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    requests.push({ host, method: req.method ?? 'GET', path, headers: { ...req.headers } });
    if (req.method === 'OPTIONS' || host.startsWith('api.') || path.startsWith('/v1/')) {
      res.writeHead(req.method === 'OPTIONS' ? 204 : 200, {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'content-type': 'application/json',
      });
      res.end(req.method === 'OPTIONS' ? undefined : '{"ok":true}');
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    const html =
      options.pages?.[host] ??
      `<!doctype html><title>${host}</title><h1>${host}</h1><p>Served locally for a test.</p>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    requests,
    hostRules: (hosts) => hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(','),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
