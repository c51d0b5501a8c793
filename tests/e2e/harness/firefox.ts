import { existsSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** The add-on id in the Firefox build's manifest (wxt.config.ts), which policies.json names. */
export const FIREFOX_ADDON_ID = 'lantern@lantern.invalid';
export const FIREFOX_EXTENSION_DIR = fileURLToPath(
  new URL('../../../extension/.output/test/firefox-mv3', import.meta.url),
);

/**
 * Firefox has no `--host-resolver-rules`, so real AI hostnames reach the local HTTPS sites through a
 * CONNECT proxy on loopback that forwards the hosts a test names to the sites' port and refuses the
 * rest (Firefox's own background requests included, so they never leave the machine). The server on
 * 127.0.0.1 is reached directly: Firefox never proxies loopback.
 */
async function startConnectProxy(sitesPort: number, hosts: readonly string[]): Promise<Server> {
  const allowed = new Set(hosts);
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  };
  const proxy = createServer((client: Socket) => {
    track(client);
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      const [method, target] = head.toString('latin1').split(' ', 2);
      const host = target?.replace(/:\d+$/, '') ?? '';
      if (method !== 'CONNECT' || !allowed.has(host)) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(sitesPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      track(upstream);
      upstream.on('error', () => client.destroy());
    });
  });
  // Keep-alive tunnels would hold close() open for as long as Firefox keeps them.
  proxy.on('close', () => open.forEach((socket) => socket.destroy()));
  const close = proxy.close.bind(proxy);
  proxy.close = (callback) => {
    open.forEach((socket) => socket.destroy());
    return close(callback);
  };
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi, with the test build installed as a temporary
 * add-on. `hosts` are served by the local sites on `sitesPort`; every other HTTPS host is refused.
 */
export async function launchFirefoxWithExtension(options: {
  sitesPort: number;
  hosts: readonly string[];
}): Promise<FirefoxExtensionBrowser> {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`))
    throw new Error(
      `no Firefox test build at ${FIREFOX_EXTENSION_DIR}: run \`node scripts/prepare-test.mjs\``,
    );
  const proxy = await startConnectProxy(options.sitesPort, options.hosts);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const closeProxy = () => new Promise<void>((resolve) => proxy.close(() => resolve()));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      timeout: 90_000,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.allow_hijacking_localhost': false,
      },
    });
  } catch (error) {
    await closeProxy();
    throw error;
  }
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    addonId,
    close: async () => {
      // Firefox sometimes answers the BiDi close late; after 20 s it is ended the hard way.
      const closed = browser.close().then(() => true);
      const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 20_000).unref());
      if (!(await Promise.race([closed, timeout]))) browser.process()?.kill('SIGKILL');
      await closeProxy();
    },
  };
}
