/**
 * The classifier runs on every navigation, so it has to be cheap on the common case — a site that is not
 * an AI tool — and its cost must not grow with the catalog. Measured in one run, against a naive linear
 * scan and a synthetic catalog ten times larger, so the ratios hold on a noisy shared machine.
 */
import { buildClassifier, catalog } from '@lantern/shared';
import { hostMix, linearScan, tenfold } from './classifier-mix';
import { prng } from './lib/events';
import { round } from './lib/load';
import { type Benchmark, nsPerCall } from './harness';
import { rebuildMs, releaseAnswerOf } from './lib/release-rebuild';

/**
 * Best of several rounds, the measurements interleaved so a burst of other work on the machine hits
 * every variant alike: the figures least disturbed by noise, and comparable with each other.
 */
function bestOfInterleaved(rounds: number, variants: readonly (() => number)[]): number[] {
  const best = variants.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    variants.forEach((measure, v) => {
      best[v] = Math.min(best[v]!, measure());
    });
  }
  return best;
}

const benchmark: Benchmark = {
  name: 'classifier',
  async bench({ quick }) {
    const random = prng(42);
    const hosts = hostMix(4096, random);
    const urls = hosts.map((h, i) => `https://${h}/section/${i % 97}/page?utm_source=x&id=${i}#top`);
    const mask = hosts.length - 1;
    const index = buildClassifier(catalog);
    const large = buildClassifier(tenfold(catalog));
    const linear = linearScan(catalog);

    // Many very short measurements (well under a scheduler time slice): on a shared machine the fastest
    // of them is one that nothing interrupted and whose caches nobody else had just evicted.
    const iterations = 2_000;
    const rounds = quick ? 200 : 1_000;
    // Warm every path up first so the JIT has settled before anything is timed.
    nsPerCall((i) => index.classifyUrl(hosts[i & mask]!), 50_000);
    nsPerCall((i) => large.classifyUrl(hosts[i & mask]!), 50_000);
    nsPerCall((i) => linear(hosts[i & mask]!), 2_000);

    // The index's lookups, warm: nothing else runs between the sets. Until session 26 the linear scan
    // was measured in the same rounds, and its 10 ms over the whole catalog flushed the caches before
    // every set, so each set paid for refilling them — more lines at 10× — and the slowdown row read
    // 1.05–1.49 for one code, depending on the process (docs/performance.md). That cost is measured
    // apart below.
    const [hostNs, largeNs, urlNs] = bestOfInterleaved(rounds, [
      () => nsPerCall((i) => index.classifyUrl(hosts[i & mask]!), iterations),
      () => nsPerCall((i) => large.classifyUrl(hosts[i & mask]!), iterations),
      () => nsPerCall((i) => index.classifyUrl(urls[i & mask]!), iterations),
    ]) as [number, number, number];
    const scan = () => nsPerCall((i) => linear(hosts[(i * 7919) & mask]!), 20);
    const [linearNs] = bestOfInterleaved(quick ? 20 : 100, [scan]) as [number];
    // Each set right after a scan of the catalog has evicted the index (the old rounds' condition): what
    // a burst of lookups costs when the browser's other work has flushed the caches.
    const [coldNs, coldLargeNs] = bestOfInterleaved(quick ? 100 : 300, [
      () => (scan(), nsPerCall((i) => index.classifyUrl(hosts[i & mask]!), iterations)),
      () => (scan(), nsPerCall((i) => large.classifyUrl(hosts[i & mask]!), iterations)),
    ]) as [number, number];

    // A new catalog release arriving in the browser: the rebuild runs in the service worker once per
    // release, so it is bounded in milliseconds, at today's size and at ten times it (with overrides).
    const overrides = catalog.slice(0, 50).map((t, i) => ({
      toolId: t.id,
      name: i % 2 === 0 ? `${t.name} (ours)` : null,
      addDomains: [`${t.id}.intranet.example`],
      removeDomains: [],
      retired: i % 5 === 0,
      notAi: false,
      note: null,
    }));
    const rebuildRounds = quick ? 3 : 7;
    const rebuildSmallMs = await rebuildMs(await releaseAnswerOf(catalog), overrides, rebuildRounds);
    const tenfoldAnswer = await releaseAnswerOf(tenfold(catalog));
    const rebuildLargeMs = await rebuildMs(tenfoldAnswer, overrides, rebuildRounds);

    const aiShare = hosts.filter((h) => index.classifyUrl(h) !== null).length / hosts.length;
    const speedUp = linearNs / hostNs;
    const slowdown = largeNs / hostNs;
    return {
      rows: [
        {
          metric: 'ns per hostname lookup (95% non-AI)',
          value: hostNs,
          unit: 'ns',
          goal: '<= 300',
          ok: hostNs <= 300,
        },
        { metric: 'ns per full URL lookup (95% non-AI)', value: urlNs, unit: 'ns' },
        { metric: 'ns per hostname, naive linear scan', value: linearNs, unit: 'ns' },
        {
          metric: 'speed-up over the linear scan',
          value: speedUp,
          unit: 'x',
          goal: '>= 50',
          ok: speedUp >= 50,
        },
        { metric: 'ns per hostname, 10x synthetic catalog', value: largeNs, unit: 'ns' },
        {
          metric: 'slowdown with the 10x catalog',
          value: slowdown,
          unit: 'x',
          goal: '<= 1.3',
          ok: slowdown <= 1.3,
        },
        {
          metric: 'ns per hostname right after a catalog scan flushed the caches, 1x / 10x',
          value: `${round(coldNs, 1)} / ${round(coldLargeNs, 1)}`,
          unit: 'ns',
        },
        {
          metric: 'slowdown with the 10x catalog, right after a flush',
          value: coldLargeNs / coldNs,
          unit: 'x',
        },
        {
          metric: 'ms to take a catalog release and rebuild the index',
          value: rebuildSmallMs,
          unit: 'ms',
          goal: '<= 400',
          ok: rebuildSmallMs <= 400,
        },
        {
          metric: 'ms to take a release and rebuild, 10x catalog',
          value: rebuildLargeMs,
          unit: 'ms',
          goal: '<= 2000',
          ok: rebuildLargeMs <= 2000,
        },
      ],
      details: {
        tools: catalog.length,
        hostsIndexed: index.hosts().length,
        hostsIndexedTenfold: large.hosts().length,
        tenfoldReleaseBytes: tenfoldAnswer.bytes.length,
        aiShareOfMix: aiShare,
        nsAfterFlush: { today: coldNs, tenfold: coldLargeNs },
        iterations,
        rounds,
      },
    };
  },
};

export default benchmark;
