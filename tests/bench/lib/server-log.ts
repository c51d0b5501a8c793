import { readFileSync } from 'node:fs';
import { percentile } from '../harness';

/**
 * Server-side request times from the server's own request log (`"ms"` of each `request` line): with
 * the client's figures they separate time spent in the server from time spent queued before it.
 */
export function serverRequestTimes(logFile: string, path?: string) {
  const ms: number[] = [];
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('"msg":"request"')) continue;
    const entry = JSON.parse(line) as { ms?: number; path?: string };
    if (typeof entry.ms === 'number' && (!path || entry.path === path)) ms.push(entry.ms);
  }
  ms.sort((a, b) => a - b);
  return {
    count: ms.length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: ms[ms.length - 1] ?? NaN,
  };
}
