import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { useTestDatabase } from '../../testing/use-database';
import { base, close, listen, send } from '../../testing/http/http-test-support';

// `pnpm start` logs at info: request lines must not appear there, or a dashboard in use scrolls the
// first start's shown-once tokens off the terminal. LOG_LEVEL=debug shows them.
describe('request logging', () => {
  const t = useTestDatabase('sqlite', { reset: false });
  const lines: { level: number; msg: string }[] = [];
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString().split('\n')) if (l) lines.push(JSON.parse(l) as never);
        done();
      },
    });
    server = await listen(base(t, { logger: createLogger({ destination, level: 'info' }) }));
  });
  afterAll(async () => {
    await close(server.server);
  });

  it('logs requests at debug level, so the default info level stays quiet', async () => {
    const res = await send(server.url, '/api/export/inventory.csv', {});
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 20));
    expect(lines.filter((l) => l.msg === 'request')).toEqual([]);
  });
});
