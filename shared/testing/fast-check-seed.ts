// Vitest setup for every project: fast-check properties run from one seed per test file, chosen at
// random unless LANTERN_TEST_SEED gives it. A failing property prints `{ seed: N, path: … }`;
// `LANTERN_TEST_SEED=N` runs the same inputs again (calls that pass their own `seed` keep it).
import fc from 'fast-check';

// shared/ has no Node types: the environment is read through globalThis (vitest runs in Node).
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
const given = env?.LANTERN_TEST_SEED;
const seed = given === undefined || given === '' ? (Math.random() * 2 ** 31) | 0 : Number(given);
if (!Number.isSafeInteger(seed)) throw new Error(`LANTERN_TEST_SEED must be an integer, not "${given}"`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
