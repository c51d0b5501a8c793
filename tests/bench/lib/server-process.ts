import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { statCpuSeconds } from './proc-cpu';

const here = dirname(fileURLToPath(import.meta.url));
const testsDir = join(here, '..', '..');

export interface ServerProcess {
  url: string;
  pid: number;
  /** CPU seconds (user + system) the server process has used so far, from /proc. */
  cpuSeconds(): number;
  /** The event loop since the last call: busy time, and how late timers ran (p99, worst). */
  loop(): Promise<LoopStats>;
  /** Push groups the server committed and the pushes they held, so far (pushes per commit). */
  pushCommits(): Promise<{ groups: number; items: number }>;
  stop(): Promise<void>;
}

export interface LoopStats {
  busyMs: number;
  delayP99Ms: number;
  delayMaxMs: number;
}

export interface ServerProcessOptions {
  databaseUrl: string;
  logFile: string;
  pgSchema?: string;
  /** Writes a V8 CPU profile into this directory on exit (LANTERN_BENCH_PROFILE=1 in the benchmarks). */
  cpuProfileDir?: string;
}

/** Starts server-child.ts under tsx in a new Node process and waits for its URL (60 s at most). */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const execArgv = ['--import', 'tsx'];
  if (!options.cpuProfileDir && process.env.LANTERN_BENCH_PROFILE === '1')
    options = { ...options, cpuProfileDir: join(testsDir, '..', 'bench-results', 'profiles') };
  if (options.cpuProfileDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`);
  const child = fork(join(here, 'server-child.ts'), [], {
    cwd: testsDir,
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      LANTERN_BENCH_DATABASE_URL: options.databaseUrl,
      LANTERN_BENCH_LOG_FILE: options.logFile,
      ...(options.pgSchema ? { LANTERN_BENCH_PG_SCHEMA: options.pgSchema } : {}),
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('server process did not start within 60 s'));
    }, 60_000);
    child.once('message', (m: { url?: string }) => {
      clearTimeout(timer);
      if (m.url) resolve(m.url);
      else reject(new Error('server process sent no url'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with code ${code} before listening`));
    });
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    cpuSeconds() {
      try {
        return statCpuSeconds(`/proc/${pid}/stat`);
      } catch {
        return NaN;
      }
    },
    loop() {
      return new Promise<LoopStats>((resolve) => {
        const onMessage = (m: { loop?: LoopStats }) => {
          if (!m.loop) return;
          child.off('message', onMessage);
          resolve(m.loop);
        };
        child.on('message', onMessage);
        child.send('loop');
      });
    },
    pushCommits() {
      return new Promise<{ groups: number; items: number }>((resolve) => {
        const onMessage = (m: { pushCommits?: { groups: number; items: number } }) => {
          if (!m.pushCommits) return;
          child.off('message', onMessage);
          resolve(m.pushCommits);
        };
        child.on('message', onMessage);
        child.send('pushCommits');
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
