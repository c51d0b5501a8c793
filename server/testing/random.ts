import { dayString } from '../src/inventory/days';

// The pieces the randomized server tests share: a seeded generator, the seed they print, and a random
// moment on one of the last days. fast-check properties take their seed from
// shared/testing/fast-check-seed.ts instead; these drive hand-written random walks.

const DAY = 86_400_000;

/** mulberry32: uniform in [0, 1), the same sequence for the same seed. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/**
 * The seed of a random walk: LANTERN_TEST_SEED when given, else a new one. Printed with `what`, so a
 * failure in CI can be replayed exactly.
 */
export function testSeed(what: string): number {
  const seed = Number(process.env.LANTERN_TEST_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`${what}: seed ${seed} (LANTERN_TEST_SEED=${seed} replays it)`);
  return seed;
}

/**
 * A day up to `daysBack` days before `now` (recent days likelier) and a time on it, never later than
 * a second before `now`: where a random usage or embedded-AI day total falls.
 */
export function randomDayAndTime(rand: () => number, now: number, daysBack: number) {
  const day = dayString(now, Math.floor(rand() * rand() * daysBack));
  const at = Math.min(now - 1000, Date.parse(`${day}T00:00:00Z`) + Math.floor(rand() * DAY));
  return { day, at };
}
