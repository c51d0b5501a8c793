/**
 * The server under test, in its own process so the load generator never shares its event loop.
 * Started by server-process.ts; reports its URL over IPC and exits when the parent goes away.
 */
import { createWriteStream } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createLogger, startServer } from '@lantern/server';

const databaseUrl = process.env.LANTERN_BENCH_DATABASE_URL;
const logFile = process.env.LANTERN_BENCH_LOG_FILE;
const schema = process.env.LANTERN_BENCH_PG_SCHEMA;
if (!databaseUrl || !logFile || !process.send)
  throw new Error('server-child: start it through server-process.ts');

// The log goes to a file at the default level, as in production: its cost is part of the figure (requests are
// debug lines, so at that level they are not written).
const logger = createLogger({ destination: createWriteStream(logFile, { flags: 'a' }) });
const server = await startServer({
  databaseUrl,
  port: 0,
  logger,
  ...(schema ? { connect: { schema, poolSize: 10 } } : {}),
  // LANTERN_BENCH_WRITER_THREAD=0: pushes committed on the event loop, as before the writer thread.
  ingestWriterThread: process.env.LANTERN_BENCH_WRITER_THREAD !== '0',
});

// How long the event loop was busy and how late it ran timers: what every other request waits on.
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
let elu = performance.eventLoopUtilization();
function loopStats() {
  const now = performance.eventLoopUtilization(elu);
  const stats = {
    busyMs: now.active,
    delayP99Ms: delay.percentile(99) / 1e6,
    delayMaxMs: delay.max / 1e6,
  };
  elu = performance.eventLoopUtilization();
  delay.reset();
  return stats;
}

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('message', (m) => {
  if (m === 'stop') stop();
  if (m === 'loop') process.send?.({ loop: loopStats() });
  if (m === 'pushCommits')
    void server.pushCommitCounts().then((pushCommits) => process.send?.({ pushCommits }));
});
process.send({ url: server.url });
