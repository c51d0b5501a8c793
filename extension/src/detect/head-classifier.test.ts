import {
  BASELINE_RELEASE_VERSION,
  buildClassifier,
  catalog,
  ToolSchema,
  type Classifier,
  type Tool,
} from '@lantern/shared';
import { toolOverride } from '@lantern/shared/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configRow } from '../../testing/config-row';
import { LanternDb } from '../db/app-db';
import { catalogReleaseItem } from '../db/state-items';
import type { ConfigRow } from '../db/types';
import { setBaselineLoader, setBaselineTools } from './baseline';
import { classifier, setClassifierSources, setStoredSourcesLoader } from './classifier-store';
import { HEAD_CATALOG } from './first-turn';
import { buildHeadAnswers, classifierForPage, headAnswerFor, headClassifierFor } from './head-classifier';

let db: LanternDb;
beforeEach(() => {
  db = new LanternDb(`head-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
  setStoredSourcesLoader(() => Promise.resolve(null));
  setBaselineTools(catalog);
  await setClassifierSources({ catalog: null, overrides: [], orgTools: [] });
});

const orgTool: Tool = ToolSchema.parse({
  id: 'corp-assistant',
  name: 'Corp Assistant',
  vendor: 'Example',
  category: 'chat',
  domains: ['assistant.corp.example'],
  urlPrefixes: [],
  apiEndpoints: [],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
  source: 'organisation',
  checked: '2026-12-01',
});

const store = (row: ConfigRow) => db.config.put(row);

/** Every URL the catalog itself names: each tool's hosts, their subdomains, its prefixes and below. */
function catalogUrls(): string[] {
  const urls: string[] = [];
  for (const tool of catalog) {
    for (const domain of tool.domains)
      urls.push(`https://${domain}/`, `https://app.${domain}/chat`, `https://www.${domain}/x?q=1`);
    for (const prefix of tool.urlPrefixes) urls.push(`https://${prefix}`, `https://${prefix}/deeper/page`);
  }
  return urls;
}

describe('the head tools answer a notice before the catalog is read', () => {
  it('carries the most used tools and the hosts where a more specific tool sits under them', () => {
    expect(HEAD_CATALOG.tools.length).toBeGreaterThanOrEqual(250);
    expect(HEAD_CATALOG.tools.map((t) => t.id)).toEqual(
      expect.arrayContaining(['chatgpt', 'claude', 'gemini']),
    );
    // Perplexity Labs and Hugging Face Spaces are their own tools under head tools' domains.
    expect(HEAD_CATALOG.deferHosts).toEqual(expect.arrayContaining(['labs.perplexity.ai', 'huggingface.co']));
  });

  it('never names another tool than the whole catalog would, for any URL the catalog names', async () => {
    const answers = await buildHeadAnswers(configRow(), false);
    const whole = buildClassifier(catalog);
    let answered = 0;
    const wrong: string[] = [];
    for (const url of catalogUrls()) {
      const head = headAnswerFor(answers, url);
      if (!head) continue;
      answered += 1;
      const said = head.classifyUrl(url)?.toolId;
      const truth = whole.classifyUrl(url)?.toolId;
      if (said !== truth) wrong.push(`${url}: head ${said}, catalog ${truth}`);
    }
    expect(wrong).toEqual([]);
    // It answers for the head tools' own hosts (three URLs each at least), and for nothing else.
    expect(answered).toBeGreaterThan(HEAD_CATALOG.tools.length * 2);
    expect(headAnswerFor(answers, 'https://labs.perplexity.ai/')).toBeNull();
    expect(headAnswerFor(answers, 'https://huggingface.co/spaces/x/y')).toBeNull();
    expect(headAnswerFor(answers, 'https://example.com/')).toBeNull();
  });

  it('answers before any pull too (a fresh install: no configuration yet)', async () => {
    expect(
      (await headClassifierFor(db, 'https://chatgpt.com/c/1'))?.classifyUrl('https://chatgpt.com/')?.toolId,
    ).toBe('chatgpt');
  });

  it('applies the organisation overrides and tools as the whole catalog does', async () => {
    await store({
      ...configRow(),
      overrides: [
        toolOverride({ toolId: 'claude', retired: true }),
        toolOverride({ toolId: 'chatgpt', name: 'OpenAI ChatGPT (company)' }),
        // A host added to a tool outside the head, under a head tool's domain.
        toolOverride({ toolId: 'perplexity-labs', addDomains: ['beta.gemini.google.com'] }),
      ],
      tools: [orgTool],
    });
    expect(await headClassifierFor(db, 'https://claude.ai/new')).toBeNull();
    const head = await headClassifierFor(db, 'https://chatgpt.com/');
    expect(head?.classifyUrl('https://chatgpt.com/')?.tool.name).toBe('OpenAI ChatGPT (company)');
    expect(await headClassifierFor(db, 'https://beta.gemini.google.com/app')).toBeNull();
    expect(await headClassifierFor(db, 'https://gemini.google.com/app')).not.toBeNull();
    const org = await headClassifierFor(db, 'https://assistant.corp.example/');
    expect(org?.classifyUrl('https://assistant.corp.example/')?.toolId).toBe('corp-assistant');
  });

  it('leaves the answer to the whole read when the server announced a newer catalog release', async () => {
    await store({
      ...configRow(),
      catalog: { version: BASELINE_RELEASE_VERSION + 1, sha256: 'a'.repeat(64), bytes: 1000 },
    });
    expect(await headClassifierFor(db, 'https://chatgpt.com/')).toBeNull();
  });

  it('leaves the answer to the whole read when a catalog release is stored', async () => {
    await store(configRow());
    expect(await headClassifierFor(db, 'https://chatgpt.com/')).not.toBeNull();
    await catalogReleaseItem.set(db, {
      version: BASELINE_RELEASE_VERSION + 1,
      sha256: 'b'.repeat(64),
      tools: [],
    });
    // A pull stores a release just before the configuration row it came with.
    await store({ ...configRow(), pulledAt: configRow().pulledAt + 1 });
    expect(await headClassifierFor(db, 'https://chatgpt.com/')).toBeNull();
  });

  it('does not wait for the catalog read for a head tool, and does for any other page', async () => {
    let finish!: (tools: readonly Tool[]) => void;
    setStoredSourcesLoader(() => Promise.resolve(null));
    setBaselineLoader(() => new Promise((resolve) => (finish = resolve)));
    const headAnswer = await classifierForPage(db, 'https://chatgpt.com/');
    expect(headAnswer.classifyUrl('https://chatgpt.com/')?.toolId).toBe('chatgpt');
    expect(headAnswer.tools.size).toBeLessThan(catalog.length / 10);
    let tail: Classifier | undefined;
    const waiting = classifierForPage(db, 'https://labs.perplexity.ai/').then((c) => (tail = c));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tail).toBeUndefined();
    finish(catalog);
    await waiting;
    expect(tail?.classifyUrl('https://labs.perplexity.ai/')?.toolId).toBe('perplexity-labs');
    // Once the whole catalog is read it answers every page.
    expect(await classifierForPage(db, 'https://chatgpt.com/')).toBe(await classifier());
  });
});
