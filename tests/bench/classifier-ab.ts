/**
 * The classifier of another commit against this tree's, measured interleaved in one process on the
 * benchmark's host mix and today's catalog, so a change to the lookup can be judged on a noisy shared
 * machine where two separate benchmark runs differ by more than the change.
 *
 *   cd tests && npx tsx bench/classifier-ab.ts [git ref, default main] [rounds, default 1000]
 *
 * The other commit's `shared/src/catalog` is extracted with `git archive` into a temporary directory
 * and its `classifier.ts` imported from there; both classifiers index the same tools. Before timing,
 * every host and URL of the mix must get the same answer from both.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildClassifier, catalog, type Classifier, type Tool } from '@lantern/shared';
import { hostMix, linearScan, tenfold } from './classifier-mix';
import { prng } from './lib/events';
import { nsPerCall } from './harness';

const ref = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 1000);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'classifier-ab-'));
try {
  const archive = execFileSync('git', ['-C', repo, 'archive', ref, 'shared/src/catalog'], {
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const other = (await import(pathToFileURL(join(dir, 'shared/src/catalog/classifier.ts')).href)) as {
    buildClassifier: (tools: readonly Tool[]) => Classifier;
  };

  const hosts = hostMix(4096, prng(42));
  const urls = hosts.map((h, i) => `https://${h}/section/${i % 97}/page?utm_source=x&id=${i}#top`);
  const mask = hosts.length - 1;
  const big = tenfold(catalog);
  const sides = { [ref]: other.buildClassifier, here: buildClassifier };

  const answer = (c: Classifier, input: string) => {
    const m = c.classifyUrl(input);
    return m && `${m.toolId} ${m.via} ${m.pattern} ${m.hostname}`;
  };
  const reference = other.buildClassifier(catalog);
  const current = buildClassifier(catalog);
  for (const input of [...hosts, ...urls]) {
    if (answer(reference, input) !== answer(current, input)) throw new Error(`answers differ on ${input}`);
  }

  // The benchmark follows each set of lookups with a linear scan of the catalog, which leaves the caches
  // as a browser's other work would; each side here gets the same disturbance, so its figures compare.
  const linear = linearScan(catalog);
  const scan = () => nsPerCall((i) => linear(hosts[(i * 7919) & mask]!), 20);
  const rows: { name: string; measure: () => number }[] = [];
  for (const [side, build] of Object.entries(sides)) {
    const index = build(catalog);
    const large = build(big);
    rows.push(
      {
        name: `${side}: ns per hostname`,
        measure: () => nsPerCall((i) => index.classifyUrl(hosts[i & mask]!), 2000),
      },
      {
        name: `${side}: ns per hostname, 10x`,
        measure: () => nsPerCall((i) => large.classifyUrl(hosts[i & mask]!), 2000),
      },
      {
        name: `${side}: ns per full URL`,
        measure: () => nsPerCall((i) => index.classifyUrl(urls[i & mask]!), 2000),
      },
      { name: `${side}: linear scan`, measure: scan },
    );
  }
  for (const row of rows) for (let w = 0; w < 30; w++) row.measure();
  const best = rows.map(() => Infinity);
  for (let r = 0; r < rounds; r++) rows.forEach((row, k) => (best[k] = Math.min(best[k]!, row.measure())));
  // Index builds are long enough to time one by one; fewer of them, interleaved, each side first in
  // every other round so neither always pays for the other's garbage.
  const builds = Object.values(sides);
  const buildMs = builds.map(() => Infinity);
  for (let r = 0; r < 16; r++) {
    for (let j = 0; j < builds.length; j++) {
      const k = (j + r) % builds.length;
      const started = performance.now();
      builds[k]!(big);
      buildMs[k] = Math.min(buildMs[k]!, performance.now() - started);
    }
  }

  const value = (name: string) => best[rows.findIndex((row) => row.name === name)]!;
  for (const row of rows)
    if (!row.name.endsWith('linear scan'))
      console.log(`${row.name.padEnd(34)} ${value(row.name).toFixed(1)}`);
  Object.keys(sides).forEach((side, k) => {
    const slowdown = value(`${side}: ns per hostname, 10x`) / value(`${side}: ns per hostname`);
    console.log(`${`${side}: slowdown at 10x`.padEnd(34)} ${slowdown.toFixed(3)}`);
    console.log(`${`${side}: ms to build the 10x index`.padEnd(34)} ${buildMs[k]!.toFixed(1)}`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
