import { readFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import type { Socket } from 'node:net';
import { hostname } from 'node:os';
import { connect as tlsConnect } from 'node:tls';
import type { DatabaseHandle } from '../db/connect';
import { feedPage, sweepFeed } from './feed';
import { renderEvents } from './ocsf';
import type { SyslogTarget } from './syslog-target';

const CURSOR_KEY = 'syslogCursor';
// Facility 13 (log audit), severity 6 (informational): PRI = 13 * 8 + 6.
const PRI = 110;
// 32473 is the private enterprise number RFC 5612 reserves for documentation and examples.
const SD_ID = 'lantern@32473';

const sdEscape = (v: string) => v.replace(/["\\\]]/g, (c) => `\\${c}`);

/** One RFC 5424 message, framed by octet counting (RFC 6587 / RFC 5425) for a stream transport. */
export function syslogFrame(event: Record<string, unknown>, host = hostname()): string {
  const meta = event.metadata as { uid: string };
  const time = new Date(Number(event.time)).toISOString();
  const msgid =
    String(event.message)
      .replace(/[^\x21-\x7e]/g, '')
      .slice(0, 32) || '-';
  const sd = `[${SD_ID} cursor="${sdEscape(String(event.cursor))}" uid="${sdEscape(meta.uid)}"]`;
  const msg = `<${PRI}>1 ${time} ${host.slice(0, 255) || '-'} lantern ${process.pid} ${msgid} ${sd} \ufeff${JSON.stringify(event)}`;
  return `${Buffer.byteLength(msg)} ${msg}`;
}

function open(target: SyslogTarget): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket =
      target.protocol === 'tls'
        ? tlsConnect({
            host: target.host,
            port: target.port,
            servername: target.host,
            ...(target.caFile ? { ca: readFileSync(target.caFile) } : {}),
          })
        : tcpConnect({ host: target.host, port: target.port });
    socket.once(target.protocol === 'tls' ? 'secureConnect' : 'connect', () => {
      // Later failures reach forwardOnce through the write callback; an unheard 'error' would crash.
      socket.on('error', () => {});
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/**
 * Sends every feed event after the stored cursor, then stores the new cursor. At least once: the
 * cursor moves only after the socket took the bytes, so a crash in between resends (collectors can
 * drop repeats by the `uid` structured-data parameter). Run it in one server process only.
 */
export async function forwardOnce(
  handle: DatabaseHandle,
  target: SyslogTarget,
  limit = 1000,
): Promise<number> {
  await sweepFeed(handle.db, handle.dialect);
  const row = await handle.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', CURSOR_KEY)
    .executeTakeFirst();
  let cursor = row ? Number(JSON.parse(row.value)) : 0;
  let sent = 0;
  let socket: Socket | null = null;
  try {
    for (;;) {
      const page = await feedPage(handle.db, cursor, limit);
      if (page.length === 0) return sent;
      socket ??= await open(target);
      const body = (await renderEvents(handle.db, page)).map((e) => syslogFrame(e)).join('');
      const s = socket;
      await new Promise<void>((resolve, reject) => s.write(body, (err) => (err ? reject(err) : resolve())));
      sent += page.length;
      cursor = page[page.length - 1]!.seq;
      const value = JSON.stringify(cursor);
      await handle.db
        .insertInto('settings')
        .values({ key: CURSOR_KEY, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
  } finally {
    if (socket) await new Promise<void>((resolve) => socket!.end(() => resolve()));
  }
}

/** Forwards every minute; the timer never keeps the process alive. */
export function scheduleSyslog(handle: DatabaseHandle, target: SyslogTarget, onError: (e: unknown) => void) {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    forwardOnce(handle, target)
      .catch(onError)
      .finally(() => (running = false));
  };
  tick();
  const timer = setInterval(tick, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
