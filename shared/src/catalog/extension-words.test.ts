// The last resort for installed extensions: a word or phrase from some tool's `extensionNameWords` in the
// store name (README: browser extensions). Tokenising, phrases, the "against AI" exclusions, ties and
// organisation tools, each on small hand-made tool sets so the rule, not the catalog, is under test.
import { describe, expect, it } from 'vitest';
import type { Tool } from '../schemas/tool';
import { buildClassifier, createClassifier } from './index';
import { AGAINST_AI_WORDS, nameTokens } from './extension-names';

const tool = (id: string, words: string[], extra: Partial<Tool> = {}): Tool => ({
  id,
  name: id,
  vendor: 'Test',
  category: 'browser-extension',
  domains: [],
  urlPrefixes: [],
  apiEndpoints: [],
  extensionIds: [],
  extensionNameWords: words,
  supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
  source: 'organisation',
  checked: '2026-12-06',
  ...extra,
});

describe('nameTokens', () => {
  it('splits an NFKC-lower-cased name into Latin-letter and digit tokens', () => {
    expect(nameTokens('AI助手')).toEqual(['ai']);
    expect(nameTokens('GPT-4o Summarizer')).toEqual(['gpt', '4o', 'summarizer']);
    expect(nameTokens('ai-powered')).toEqual(['ai', 'powered']);
    expect(nameTokens('ＣｈａｔＧＰＴ ｆｏｒ Ｇｍａｉｌ')).toEqual(['chatgpt', 'for', 'gmail']);
    expect(nameTokens('Résumé AI™ — 🚀 Writer')).toEqual(['résumé', 'ai', 'writer']);
    expect(nameTokens('Claude’s Helper (beta)')).toEqual(['claude', 's', 'helper', 'beta']);
    expect(nameTokens('')).toEqual([]);
    expect(nameTokens('深度求索')).toEqual([]);
  });

  it('keeps accented Latin letters inside a token, so "ai" is never found inside a word', () => {
    expect(nameTokens('Naïve Bayes')).toEqual(['naïve', 'bayes']);
    expect(nameTokens('Thaï Keyboard')).toEqual(['thaï', 'keyboard']);
  });
});

describe('classifyExtension by name words', () => {
  const c = buildClassifier([
    tool('words', ['ai', 'chatgpt', 'gpt', 'google gemini', 'ai chat']),
    tool('brand', [], { name: 'ChatGPT Sidebar Pro', extensionIds: ['abcdefghijklmnopabcdefghijklmnop'] }),
  ]);
  const id = (name: string) => c.classifyExtension({ id: 'ponmlkjihgfedcbaponmlkjihgfedcba', name })?.toolId;

  it('matches a word only as a whole token', () => {
    expect(id('AI Writer for Gmail')).toBe('words');
    expect(id('GPT-4o Summarizer')).toBe('words');
    expect(id('AI助手')).toBe('words');
    expect(id('Aim Trainer')).toBeUndefined();
    expect(id('Rain Sounds')).toBeUndefined();
    expect(id('Email Tracker')).toBeUndefined();
    expect(id('ChatGPTish')).toBeUndefined();
  });

  it('matches a phrase only as consecutive tokens', () => {
    expect(c.classifyExtension({ name: 'Google Gemini Sidebar' })?.pattern).toBe('google gemini');
    expect(c.classifyExtension({ name: 'Google-Gemini' })?.pattern).toBe('google gemini');
    expect(id('Gemini for Google Docs')).toBeUndefined();
    expect(id('Gemini Wallet')).toBeUndefined();
  });

  it('reports the longest phrase that matched as the pattern', () => {
    expect(c.classifyExtension({ name: 'Free AI Chat Helper' })?.pattern).toBe('ai chat');
    expect(c.classifyExtension({ name: 'AI Writer' })?.pattern).toBe('ai');
  });

  it('comes after the store id and the exact store name', () => {
    expect(c.classifyExtension({ id: 'abcdefghijklmnopabcdefghijklmnop', name: 'AI Writer' })?.toolId).toBe(
      'brand',
    );
    expect(id('ChatGPT Sidebar Pro')).toBe('brand');
    expect(id('ChatGPT Sidebar Pro: chat on any page')).toBe('brand');
  });

  it('never matches a name that says it blocks, hides or removes AI', () => {
    for (const name of [
      'Block ChatGPT',
      'AI Blocker',
      'Hide AI Overviews',
      'Remove AI Overviews from Google',
      'ChatGPT Disabler',
      'Anti-AI Shield',
      'No AI Search',
      'Search without AI',
      'Turn off AI answers',
    ]) {
      expect(id(name), name).toBeUndefined();
    }
    expect(AGAINST_AI_WORDS.every((w) => w === w.toLowerCase())).toBe(true);
  });

  it('refuses odd input without throwing', () => {
    expect(c.classifyExtension({ name: '' })).toBeNull();
    expect(c.classifyExtension({ name: 'ai '.repeat(200) })).toBeNull(); // over 500 characters
    expect(c.classifyExtension({ name: 42 as unknown as string })).toBeNull();
  });
});

describe('when several tools list words that match', () => {
  it('gives the name to the longest phrase, whatever the tools’ order', () => {
    const a = tool('general', ['ai']);
    const b = tool('specific', ['ai writer']);
    for (const tools of [
      [a, b],
      [b, a],
    ]) {
      expect(buildClassifier(tools).classifyExtension({ name: 'Best AI Writer' })?.toolId).toBe('specific');
    }
  });

  it('prefers more tokens, then more letters', () => {
    const c = buildClassifier([tool('long', ['deepseek']), tool('short', ['gpt'])]);
    expect(c.classifyExtension({ name: 'GPT & DeepSeek' })?.toolId).toBe('long');
  });

  it('breaks a tie of equal phrases by order: the later tool wins, as for every other matcher', () => {
    const first = tool('first', ['claude']);
    const second = tool('second', ['ollama']);
    for (const name of ['Claude & Ollama', 'Ollama & Claude']) {
      expect(buildClassifier([first, second]).classifyExtension({ name })?.toolId, name).toBe('second');
      expect(buildClassifier([second, first]).classifyExtension({ name })?.toolId, name).toBe('first');
    }
  });

  it('lets a later tool take over a word another tool lists', () => {
    const c = buildClassifier([tool('old', ['chatgpt']), tool('new', ['chatgpt'])]);
    expect(c.classifyExtension({ name: 'ChatGPT Helper' })?.toolId).toBe('new');
  });
});

describe('organisation tools and the catalog’s name words', () => {
  it('matches an uncatalogued AI-named extension to the catalog row by default', () => {
    const found = createClassifier().classifyExtension({
      id: 'ponmlkjihgfedcbaponmlkjihgfedcba',
      name: 'DeepSeek AI Helper',
    });
    expect(found?.toolId).toBe('ai-extension-by-name');
    expect(found?.via).toBe('extension');
  });

  it('gives the extension to an organisation tool that names its id or its words', () => {
    const byId = createClassifier([
      tool('org-approved-helper', [], {
        category: 'chat',
        extensionIds: ['ponmlkjihgfedcbaponmlkjihgfedcba'],
      }),
    ]);
    expect(
      byId.classifyExtension({ id: 'ponmlkjihgfedcbaponmlkjihgfedcba', name: 'DeepSeek AI Helper' })?.toolId,
    ).toBe('org-approved-helper');
    const byWord = createClassifier([tool('org-deepseek', ['deepseek'])]);
    expect(byWord.classifyExtension({ name: 'DeepSeek AI Helper' })?.toolId).toBe('org-deepseek');
    expect(byWord.classifyExtension({ name: 'AI Writer for Gmail' })?.toolId).toBe('ai-extension-by-name');
  });

  it('matches nothing by words once an organisation replaces the catalog row without them', () => {
    const c = createClassifier([tool('ai-extension-by-name', [], { extensionIds: [] })]);
    expect(c.classifyExtension({ name: 'AI Writer for Gmail' })).toBeNull();
  });
});
