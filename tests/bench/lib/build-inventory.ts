/**
 * Builds (or finds) the kept full-size inventory databases without measuring anything:
 * `npx tsx bench/lib/build-inventory.ts [sqlite] [postgres]` from tests/. `pnpm bench inventory`
 * builds them itself when missing; this only lets the build run ahead, or alone.
 */
import { pgInventory, sqliteInventory } from './inventory-store';

const spec = { users: 50_000, tools: 2_000, days: 365, seed: 7 };
const which = process.argv.slice(2);
const all = which.length === 0;
if (all || which.includes('sqlite')) {
  const s = await sqliteInventory(spec, true);
  console.log(
    'sqlite',
    s.url,
    s.cached ? 'kept' : `built in ${s.buildSeconds.toFixed(0)} s`,
    s.steps,
    s.rows,
  );
}
const url = process.env.LANTERN_BENCH_POSTGRES_URL ?? process.env.LANTERN_TEST_POSTGRES_URL;
if ((all || which.includes('postgres')) && url) {
  const p = await pgInventory(url, spec, true);
  console.log(
    'postgres',
    p.url,
    p.cached ? 'kept' : `built in ${p.buildSeconds.toFixed(0)} s`,
    p.steps,
    p.rows,
  );
}
