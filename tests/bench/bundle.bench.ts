/**
 * What the extension costs a browser: script bytes injected on a page that is not an AI tool
 * (measured in Chromium), the gzip size of each entrypoint, and the background's work per navigation.
 */
import { createClassifier } from '@lantern/shared';
import { classifyNavigation, DayAggregator } from '@lantern/extension/testing';
import { nsPerCall, type Benchmark, type BenchRow } from './harness';
import { entrypointSizes, freshBuild } from './lib/extension-build';
import { measureInjected } from './lib/injected-scripts';
import { round } from './lib/load';

const KB = 1024;
const GOALS = { background: 150 * KB, 'content script': 30 * KB } as const;

/** Navigations a working day produces: mostly ordinary sites, some AI tools and prefixes. */
const NAVIGATIONS = [
  'https://intranet.example.com/wiki/Onboarding',
  'https://mail.google.com/mail/u/0/#inbox',
  'https://github.com/acme/api/pull/42',
  'https://chatgpt.com/c/6720',
  'https://www.bbc.co.uk/news',
  'https://claude.ai/new',
  'https://github.com/copilot',
  'https://docs.google.com/document/d/1abc/edit',
  'https://gemini.google.com/app',
  'https://jira.acme.example/browse/OPS-1',
];

function backgroundPerNavigation(quick: boolean) {
  const classifier = createClassifier();
  const aggregator = new DayAggregator();
  const iterations = quick ? 20_000 : 500_000;
  // The handler's whole job on a committed navigation: classify, then count a visit for a tool.
  const handle = (i: number) => {
    const toolId = classifyNavigation(classifier, NAVIGATIONS[i % NAVIGATIONS.length]!, 0);
    if (toolId) aggregator.visit(toolId);
    if (i % 1000 === 999) aggregator.drain();
    return toolId;
  };
  nsPerCall(handle, Math.min(iterations, 20_000)); // warm up the JIT
  return {
    nsPerNavigation: nsPerCall(handle, iterations),
    aiShare: NAVIGATIONS.filter((u) => classifier.classifyUrl(u)).length / NAVIGATIONS.length,
  };
}

const benchmark: Benchmark = {
  name: 'bundle',
  async bench({ quick }) {
    const build = freshBuild(quick);
    const sizes = entrypointSizes(build.dir);
    const rows: BenchRow[] = [];
    for (const e of sizes) {
      const goal = e.kind === 'page' ? undefined : GOALS[e.kind];
      rows.push({
        metric: `${e.kind} ${e.name}: gzip (raw ${round(e.bytes / KB)} KB)`,
        value: round(e.gzipBytes / KB),
        unit: 'KB',
        ...(goal ? { goal: `<= ${goal / KB} KB`, ok: e.gzipBytes <= goal } : {}),
      });
    }
    const injected = await measureInjected(build.dir);
    rows.push(
      {
        metric: 'script injected on a non-AI page (Chromium)',
        value: injected.nonAi.bytes,
        unit: `bytes, ${injected.nonAi.scripts.length} scripts`,
        goal: '0',
        ok: injected.nonAi.bytes === 0 && injected.nonAi.scripts.length === 0,
      },
      {
        metric: 'control: script injected on chatgpt.com (shows the count sees scripts)',
        value: injected.aiControl.bytes,
        unit: `bytes, ${injected.aiControl.scripts.length} scripts`,
        goal: '> 0',
        ok: injected.aiControl.bytes > 0,
      },
    );
    const nav = backgroundPerNavigation(quick);
    rows.push({
      metric: `background per navigation reaching it (classify + count, ${Math.round(nav.aiShare * 100)}% AI)`,
      value: round(nav.nsPerNavigation / 1000, 2),
      unit: 'µs',
    });
    return {
      rows,
      details: { build, sizes, injected, backgroundNsPerNavigation: nav.nsPerNavigation },
    };
  },
};

export default benchmark;
