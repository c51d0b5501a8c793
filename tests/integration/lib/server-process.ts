import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const SOURCE = fileURLToPath(new URL('./server-child.ts', import.meta.url));
let bundled: Promise<string> | null = null;

/**
 * The child bundled once per test process: starting it then costs a fraction of loading hundreds
 * of TypeScript files through tsx, which matters when a test restarts the server dozens of times.
 * Native and dynamically loaded modules stay external and resolve from tests/node_modules.
 */
function childScript(): Promise<string> {
  bundled ??= (async () => {
    // Inside tests/node_modules so the external native modules resolve from there. Server code
    // reads its own package.json two levels above its file (server/src/x/ → server/), so the bundle
    // sits two levels below a copy of it.
    const root = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
    mkdirSync(root, { recursive: true });
    const cache = mkdtempSync(join(root, 'lantern-child-'));
    copyFileSync(
      fileURLToPath(new URL('../../../server/package.json', import.meta.url)),
      join(cache, 'package.json'),
    );
    mkdirSync(join(cache, 'bundle', 'child'), { recursive: true });
    const out = join(cache, 'bundle', 'child', 'server-child.mjs');
    await build({
      entryPoints: [SOURCE],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3', 'pg', 'pg-native'],
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      logLevel: 'silent',
    });
    return out;
  })();
  return bundled;
}

export interface ServerProcessOptions {
  databaseUrl: string;
  port?: number;
  rateLimit?: { capacity: number; refillPerSecond: number };
  logLevel?: string;
  seedTokens?: boolean;
  /** TRUSTED_PROXIES for the child (a test that plays the reverse proxy lists 127.0.0.1). */
  trustedProxies?: string[];
  /** Receives everything the server logs (pino JSON lines on stderr). */
  onLog?: (chunk: string) => void;
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  tokens: { enrollment: string; admin: string } | null;
  /** SIGKILL: no shutdown hook runs, an open transaction is cut wherever it is. */
  kill9(): Promise<void>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `server-child.ts` under tsx and waits for its handshake line. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const { onLog, ...rest } = options;
  const child = spawn(process.execPath, [await childScript(), JSON.stringify({ port: 0, ...rest })], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
    onLog?.(chunk);
  });
  const lines = createInterface({ input: child.stdout });
  const hello = await new Promise<{ url: string; port: number; tokens: ServerProcess['tokens'] }>(
    (resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server child did not start: ${stderr}`)), 30_000);
      lines.once('line', (line) => {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { url: string; port: number; tokens: ServerProcess['tokens'] });
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server child exited with ${code}: ${stderr}`));
      });
    },
  );
  return {
    ...hello,
    pid: child.pid!,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}
