/**
 * The benchmark contract: each benchmark module exports `bench`, which measures in one run (so the
 * ratios are comparable on a noisy shared machine) and returns figures for `bench-results/latest.json`.
 */
export interface BenchOptions {
  /** CI's quick mode: seconds, not minutes; proves the benchmark still runs, figures are rough. */
  quick: boolean;
}

export interface BenchRow {
  metric: string;
  value: number | string;
  unit?: string;
  goal?: string;
  /** Whether the goal was met; omitted where the row has no goal. */
  ok?: boolean;
}

export interface BenchResult {
  rows: BenchRow[];
  /** Anything else worth keeping in latest.json. */
  details?: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  bench(options: BenchOptions): Promise<BenchResult>;
}

/** Calls `fn` `iterations` times and returns nanoseconds per call. */
export function nsPerCall(fn: (i: number) => unknown, iterations: number): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) if (fn(i) !== null) sink++;
  const elapsed = Number(process.hrtime.bigint() - start);
  if (sink < 0) console.log(sink);
  return elapsed / iterations;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
