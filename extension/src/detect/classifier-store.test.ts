import { afterEach, describe, expect, it } from 'vitest';
import { catalog, ToolSchema, type Classifier, type Tool } from '@lantern/shared';
import { setBaselineLoader, setBaselineTools } from './baseline';
import {
  classifier,
  type ClassifierSources,
  onClassifierChange,
  setClassifierSources,
  setStoredSourcesLoader,
} from './classifier-store';

const releaseTool: Tool = ToolSchema.parse({
  id: 'quillmind',
  name: 'QuillMind',
  vendor: 'Example',
  category: 'writing',
  domains: ['quillmind-ai.example'],
  urlPrefixes: [],
  apiEndpoints: [],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
  source: 'https://quillmind-ai.example/',
  checked: '2026-12-01',
});

afterEach(async () => {
  setStoredSourcesLoader(() => Promise.resolve(null));
  setBaselineTools(catalog);
  await setClassifierSources({ catalog: null, overrides: [], orgTools: [] });
});

describe('the classifier store', () => {
  it('reads the bundled catalog once, on first use', async () => {
    let reads = 0;
    setBaselineLoader(() => {
      reads += 1;
      return Promise.resolve(catalog);
    });
    await setClassifierSources({ catalog: null, overrides: [], orgTools: [releaseTool] });
    expect((await classifier()).classifyUrl('https://chatgpt.com/')?.toolId).toBe('chatgpt');
    await setClassifierSources({ catalog: null, overrides: [], orgTools: [] });
    expect(reads).toBe(1);
  });

  it('does not hold a newer release behind a build from the bundled catalog started first', async () => {
    let finishBaseline!: (tools: readonly Tool[]) => void;
    setBaselineLoader(() => new Promise((resolve) => (finishBaseline = resolve)));
    const built: Classifier[] = [];
    const stop = onClassifierChange((next) => built.push(next));
    try {
      // A build from the bundled catalog starts (the worker's start: something classifies before the
      // configuration is read) and waits for the catalog file.
      const early = setClassifierSources({
        catalog: null,
        overrides: [],
        orgTools: [{ ...releaseTool, id: 'early', domains: ['early.example'] }],
      });
      const earlyClassifier = classifier();
      // The stored release is read while the bundled catalog is still loading.
      await setClassifierSources({
        catalog: { key: 'r1', tools: [releaseTool] },
        overrides: [],
        orgTools: [],
      });
      expect(built).toHaveLength(1);
      expect(built[0]!.classifyUrl('https://quillmind-ai.example/')?.toolId).toBe('quillmind');
      // The overtaken build finishes later: dropped, and its callers get the release's classifier.
      finishBaseline(catalog);
      expect(await early).toBe(true);
      expect(await earlyClassifier).toBe(built[0]);
      expect(built).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it("builds the worker's first classifier from its stored sources, never from the bundled catalog first", async () => {
    let baselineReads = 0;
    setBaselineLoader(() => {
      baselineReads += 1;
      return Promise.resolve(catalog);
    });
    setStoredSourcesLoader(() =>
      Promise.resolve({
        catalog: { key: 'r1', tools: [...catalog, releaseTool] },
        overrides: [],
        orgTools: [],
      }),
    );
    const built: Classifier[] = [];
    const stop = onClassifierChange((next) => built.push(next));
    try {
      // Two callers at the worker's start (the page that woke it, the notice registration): one build.
      const [first, second] = await Promise.all([classifier(), classifier()]);
      expect(first).toBe(second);
      expect(first.classifyUrl('https://quillmind-ai.example/draft')?.toolId).toBe('quillmind');
      expect(built).toEqual([first]);
      expect(baselineReads).toBe(0); // the release stands for the bundled catalog
      // The same sources arriving from the configuration later change nothing.
      expect(
        await setClassifierSources({
          catalog: { key: 'r1', tools: [...catalog, releaseTool] },
          overrides: [],
          orgTools: [],
        }),
      ).toBe(false);
      expect(built).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('keeps sources set while the stored ones were still being read, and survives a failed read', async () => {
    // The stored sources say "no organisation tools"; the pull's newer answer, set meanwhile, wins.
    let finishStored!: (value: ClassifierSources | null) => void;
    setStoredSourcesLoader(() => new Promise((resolve) => (finishStored = resolve)));
    const waiting = classifier();
    await setClassifierSources({ catalog: null, overrides: [], orgTools: [releaseTool] });
    finishStored({ catalog: null, overrides: [], orgTools: [] });
    expect((await waiting).classifyUrl('https://quillmind-ai.example/')?.toolId).toBe('quillmind');
    expect((await classifier()).classifyUrl('https://quillmind-ai.example/')?.toolId).toBe('quillmind');

    setStoredSourcesLoader(() => Promise.reject(new Error('IndexedDB is closing')));
    expect((await classifier()).classifyUrl('https://chatgpt.com/')?.toolId).toBe('chatgpt');
  });

  it('retries the bundled catalog after a failed read', async () => {
    let attempts = 0;
    setBaselineLoader(() =>
      ++attempts === 1 ? Promise.reject(new Error('not readable')) : Promise.resolve(catalog),
    );
    await setClassifierSources({ catalog: null, overrides: [], orgTools: [releaseTool] }).catch(() => false);
    expect((await classifier()).classifyUrl('https://quillmind-ai.example/')?.toolId).toBe('quillmind');
    expect(attempts).toBe(2);
  });
});
