import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import type { Server, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { push, registration } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { readSettings } from '../env';
import { forwardOnce } from './syslog';

/** A real syslog collector on 127.0.0.1: reads octet-counted RFC 5424 frames off TCP. */
async function collector(tls?: { key: Buffer; cert: Buffer }) {
  const frames: string[] = [];
  const sockets = new Set<Socket>();
  const onSocket = (socket: Socket) => {
    sockets.add(socket);
    let buf = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const space = buf.indexOf(0x20);
        if (space < 0) break;
        const len = Number(buf.subarray(0, space).toString());
        if (buf.length < space + 1 + len) break;
        frames.push(buf.subarray(space + 1, space + 1 + len).toString());
        buf = buf.subarray(space + 1 + len);
      }
    });
  };
  const server: Server = tls ? createTlsServer(tls, onSocket) : createServer(onSocket);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    frames,
    port,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

describe('LANTERN_SYSLOG_URL', () => {
  it('accepts tcp:// and tls:// host:port and names the setting when wrong', () => {
    const readSyslogTarget = (env: Record<string, string>) => readSettings(env).syslog;
    expect(readSyslogTarget({})).toBeNull();
    expect(readSyslogTarget({ LANTERN_SYSLOG_URL: 'tls://siem.example.com:6514' })).toEqual({
      protocol: 'tls',
      host: 'siem.example.com',
      port: 6514,
      caFile: null,
    });
    expect(() => readSyslogTarget({ LANTERN_SYSLOG_URL: 'udp://siem:514' })).toThrow(
      /Invalid setting LANTERN_SYSLOG_URL: must look like/,
    );
  });
});

for (const dialect of dialects) {
  describe(`syslog forwarding (${dialect})`, () => {
    const t = useTestDatabase(dialect);
    let c: Awaited<ReturnType<typeof collector>>;
    beforeAll(async () => {
      c = await collector();
    });
    afterAll(async () => {
      await c.close();
    });

    it('sends each event once as RFC 5424 over TCP, resuming from the stored cursor', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.policies.publish({ title: 'P', body: '# P\n', changeSummary: null });
      const d = await f.device();
      await d.caller.sync.push(push([registration()]));
      const target = { protocol: 'tcp' as const, host: '127.0.0.1', port: c.port, caFile: null };
      expect(await forwardOnce(t, target)).toBe(2);
      await d.caller.sync.push(push([registration()]));
      expect(await forwardOnce(t, target)).toBe(1);
      expect(await forwardOnce(t, target)).toBe(0);
      await expect.poll(() => c.frames.length).toBe(3);
      const [first] = c.frames;
      expect(first).toMatch(
        /^<110>1 \d{4}-\d\d-\d\dT[\d:.]+Z \S+ lantern \d+ policy\.publish \[lantern@32473 cursor="1" uid="audit:1"\] \ufeff\{/,
      );
      const uids = c.frames.map(
        (fr) =>
          (JSON.parse(fr.slice(fr.indexOf('\ufeff') + 1)) as { metadata: { uid: string } }).metadata.uid,
      );
      expect(new Set(uids).size).toBe(3);
    });

    it('over TLS: trusts the collector only through the configured CA', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lantern-syslog-tls-'));
      try {
        const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
        const made = spawnSync('openssl', [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-subj',
          '/CN=localhost',
          '-addext',
          'subjectAltName=DNS:localhost',
          '-days',
          '1',
          '-keyout',
          key,
          '-out',
          cert,
        ]);
        expect(made.status, made.stderr.toString()).toBe(0);
        const secure = await collector({ key: readFileSync(key), cert: readFileSync(cert) });
        try {
          const f = fixture(t);
          const admin = await f.callerFor(await f.staffToken('admin'));
          await admin.admin.policies.publish({ title: 'P', body: '# P\n', changeSummary: null });
          const target = { protocol: 'tls' as const, host: 'localhost', port: secure.port, caFile: null };
          await expect(forwardOnce(t, target)).rejects.toThrow(/self.signed/i);
          expect(await forwardOnce(t, { ...target, caFile: cert })).toBe(1);
          await expect.poll(() => secure.frames.length).toBe(1);
          expect(secure.frames[0]).toMatch(/ policy\.publish \[lantern@32473 cursor="1" uid="audit:1"\] /);
        } finally {
          await secure.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a collector that is down is an error and keeps the cursor where it was', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.policies.publish({ title: 'P', body: '# P\n', changeSummary: null });
      const closed = await collector();
      await closed.close();
      const target = { protocol: 'tcp' as const, host: '127.0.0.1', port: closed.port, caFile: null };
      await expect(forwardOnce(t, target)).rejects.toThrow(/ECONNREFUSED/);
      const cursor = await t.db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', 'syslogCursor')
        .executeTakeFirst();
      expect(cursor).toBeUndefined();
    });
  });
}
