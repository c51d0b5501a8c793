import { buildClassifier, createClassifier } from '@lantern/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { chatgpt } from '../../testing/fixtures';
import { headNoticePatterns } from '../detect/head-classifier';
import { noticeMatchPatterns } from './notice-patterns';
import { NOTICE_SCRIPT_ID, registerNoticeScript, registerNoticeScriptFirst } from './notice-registration';

// WXT's fake browser has no scripting API: this stands in for the browser's registry of content
// scripts and records each call in order.
type Script = { id: string; js?: string[]; matches?: string[]; persistAcrossSessions?: boolean };
let registry: Map<string, Script>;
let calls: string[];

beforeEach(() => {
  registry = new Map();
  calls = [];
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...registry.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts as Script[]) {
      if (registry.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registry.set(s.id, s);
      calls.push(`register ${s.id}`);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts as Script[]) {
      if (!registry.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
      registry.set(s.id, { ...registry.get(s.id), ...s });
      calls.push(`update ${s.id}`);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) {
      registry.delete(id);
      calls.push(`unregister ${id}`);
    }
  });
});
afterEach(() => vi.restoreAllMocks());

const matchesOf = () => registry.get(NOTICE_SCRIPT_ID)?.matches ?? [];
const internal = { ...chatgpt, id: 'org-rag', name: 'Internal RAG', domains: ['rag.corp.example'] };

describe('the notice registration', () => {
  it("registers every tool's hosts once, persisting across sessions", async () => {
    const count = await registerNoticeScript(createClassifier());
    expect(calls).toEqual([`register ${NOTICE_SCRIPT_ID}`]);
    expect(matchesOf()).toContain('https://*.chatgpt.com/*');
    expect(matchesOf()).toHaveLength(count);
    expect(registry.get(NOTICE_SCRIPT_ID)).toMatchObject({
      js: ['content-scripts/notice.js'],
      persistAcrossSessions: true,
    });
  });

  it('leaves an identical registration alone at the next worker start', async () => {
    await registerNoticeScript(createClassifier());
    calls = [];
    await registerNoticeScript(createClassifier());
    expect(calls).toEqual([]);
  });

  it("follows the organisation's tools by updating in place, never unregistering first", async () => {
    await registerNoticeScript(createClassifier());
    calls = [];
    await registerNoticeScript(createClassifier([internal]));
    expect(calls).toEqual([`update ${NOTICE_SCRIPT_ID}`]);
    expect(matchesOf()).toContain('https://*.rag.corp.example/*');
    expect(matchesOf()).toContain('https://*.chatgpt.com/*');
  });

  it('removes the registration when no tool is left to match', async () => {
    await registerNoticeScript(buildClassifier([internal]));
    calls = [];
    await registerNoticeScript(buildClassifier([]));
    expect(calls).toEqual([`unregister ${NOTICE_SCRIPT_ID}`]);
  });

  it("registers the most used tools' hosts at once on a fresh install, then every tool's", async () => {
    const head = headNoticePatterns();
    expect(head).toContain('https://*.chatgpt.com/*');
    const all = noticeMatchPatterns(createClassifier());
    expect(head.every((p) => all.includes(p))).toBe(true);
    expect(head.length).toBeLessThan(all.length / 10);
    expect(await registerNoticeScriptFirst(headNoticePatterns)).toBe(true);
    expect(matchesOf()).toEqual(head);
    await registerNoticeScript(createClassifier());
    expect(calls).toEqual([`register ${NOTICE_SCRIPT_ID}`, `update ${NOTICE_SCRIPT_ID}`]);
    expect(matchesOf()).toEqual(all);
  });

  it('leaves an existing registration alone in the first turn (it already holds every tool)', async () => {
    await registerNoticeScript(createClassifier([internal]));
    calls = [];
    expect(await registerNoticeScriptFirst(headNoticePatterns)).toBe(false);
    expect(calls).toEqual([]);
    expect(matchesOf()).toContain('https://*.rag.corp.example/*');
  });
});
