/**
 * `pnpm bench` runs every benchmark in bench/*.bench.ts, prints one table and writes
 * bench-results/latest.json. `LANTERN_BENCH_QUICK=1` (CI) runs each in seconds;
 * `pnpm bench NAME...` runs only those.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, BenchResult } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.env.LANTERN_BENCH_QUICK === '1';
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const results: Record<string, BenchResult | { error: string }> = {};
let failed = false;

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Benchmark };
  const benchmark = mod.default;
  if (only.length > 0 && !only.includes(benchmark.name)) continue;
  process.stdout.write(`\n## ${benchmark.name}${quick ? ' (quick)' : ''}\n`);
  try {
    const result = await benchmark.bench({ quick });
    results[benchmark.name] = result;
    for (const row of result.rows) {
      const value = typeof row.value === 'number' ? Number(row.value.toPrecision(4)) : row.value;
      const verdict = row.ok === undefined ? '' : row.ok ? '  ok' : '  MISSED';
      const goal = row.goal ? `  (goal ${row.goal})` : '';
      console.log(
        `  ${row.metric.padEnd(52)} ${String(value).padStart(12)} ${row.unit ?? ''}${goal}${verdict}`,
      );
    }
  } catch (error) {
    failed = true;
    results[benchmark.name] = {
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
    console.log(`  failed: ${String(error)}`);
  }
}

const out = resolve(here, '..', '..', 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'latest.json'),
  JSON.stringify({ at: new Date().toISOString(), quick, node: process.version, results }, null, 2),
);
console.log(`\nwrote ${join(out, 'latest.json')}`);
process.exit(failed ? 1 : 0);
