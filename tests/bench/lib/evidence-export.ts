import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface ExportRun {
  ok: boolean;
  seconds: number;
  files: number;
  bytes: number;
  error?: string;
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const s = sizeOf(p);
      files += s.files;
      bytes += s.bytes;
    } else {
      files++;
      bytes += statSync(p).size;
    }
  }
  return { files, bytes };
}

/**
 * `pnpm --silent lantern export evidence --out DIR` against the database, as an operator runs it
 * (the CLI is the stable interface, docs/evidence.md), timed end to end. Bounded by `timeoutMs`.
 */
export async function runEvidenceExport(databaseUrl: string, timeoutMs: number): Promise<ExportRun> {
  const out = mkdtempSync(join(tmpdir(), 'lantern-evidence-'));
  const started = performance.now();
  try {
    let writtenAt: number | undefined;
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('pnpm', ['--silent', 'lantern', 'export', 'evidence', '--out', out], {
        cwd: repo,
        env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (c: Buffer) => {
        err += c.toString();
        // The CLI says so once the pack is complete; time to that line, in case exiting lags.
        if (writtenAt === undefined && err.includes('evidence pack written')) writtenAt = performance.now();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c, stderr: err });
      });
    });
    const seconds = ((writtenAt ?? performance.now()) - started) / 1000;
    const size = sizeOf(out);
    if (code !== 0 && writtenAt === undefined)
      return {
        ok: false,
        seconds,
        ...size,
        error: stderr.trim().split('\n').slice(-3).join(' | ') || `exit ${code}`,
      };
    return { ok: size.files > 0, seconds, ...size, ...(size.files > 0 ? {} : { error: 'wrote no files' }) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
