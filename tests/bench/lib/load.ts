import { percentile } from '../harness';
import type { HttpResponse } from './http-client';

export interface LoadResult {
  count: number;
  errors: number;
  /** The first few error responses, for the report. */
  errorSamples: string[];
  seconds: number;
  perSecond: number;
  latencies: number[];
}

/**
 * Closed loop: `concurrency` workers each send the next request when their last one answered, until
 * `total` requests were sent or `durationMs` passed. Bounded either way.
 */
export async function closedLoop(options: {
  concurrency: number;
  total?: number;
  durationMs?: number;
  send: (i: number) => Promise<HttpResponse>;
  ok?: (res: HttpResponse) => boolean;
}): Promise<LoadResult> {
  const ok = options.ok ?? ((r: HttpResponse) => r.status === 200);
  const total = options.total ?? Number.POSITIVE_INFINITY;
  const deadline = performance.now() + (options.durationMs ?? 600_000);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total && performance.now() < deadline) {
      const res = await options.send(next++);
      latencies.push(res.ms);
      if (!ok(res)) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${res.status} ${res.body.slice(0, 200)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    errors,
    errorSamples,
    seconds,
    perSecond: latencies.length / seconds,
    latencies,
  };
}

export function latencySummary(sorted: number[]) {
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
  };
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
