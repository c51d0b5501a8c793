// Traps beside the AI browser extensions of the twelfth session's extension pass (data/extensions-c12*.ts): every new
// store id classifies to its own entry, and so does every new store name (whole, or before a tagline); ordinary,
// non-AI extensions whose names share a word with the new ones stay unmatched; the grouped wrapper rows keep their
// other ids; and AiShort's web app host matches without its label-boundary look-alikes.
import { describe, expect, it } from 'vitest';
import {
  expectExtensionIdsClassified,
  expectNoExtensionNameClassified,
  expectNoneClassified,
  expectStoreNamesClassified,
} from '../../testing/lookalikes';

import { extensionToolsC12 } from './data/extensions-c12';
import { extensionToolsC12b } from './data/extensions-c12-2';
import { classifyExtension, classifyUrl } from './index';

/** Store names of ordinary extensions beside the new names (each must stay unmatched). */
const NEW_TOOLS = [...extensionToolsC12, ...extensionToolsC12b];

const ORDINARY_NAMES = [
  'Infinity New Tab', // a new-tab page, beside "ChatGPT Infinity"
  'Infinity New Tab Pro',
  'Widescreen for YouTube', // beside "ChatGPT Widescreen"
  'Omnibox', // beside the Omnibox shortcuts
  'Omnibox Search',
  'Summarize', // clmnin's extension has this bare store name; only its ids are claimed
  'Summary',
  'Save to Pocket', // beside "Pocket Prompt"
  'Pocket',
  'Shortcut', // beside "ChatGPT Shortcut"
  'Shortcuts for Google',
  'Auto Refresh Plus', // beside "ChatGPT Auto-Continue"
  'Audio Controls',
  'Message Switcher',
  'Token Counter',
  'Memory', // beside OpenMemory and MemSync
  'Toolbox',
  'Playwright', // test-recorder helpers share the word; only the MCP bridge is claimed
  'Playwright CRX',
  'Bridge',
  'Chat Exporter',
  'Form Filler',
  'Sidebar',
  'Dify', // the chatbot extension is "Dify Chatbot"
  'Squash', // left out: its full store name was not read
  'Glean', // left out: one third-party source, and an ordinary word
  'Luna', // beside "Luna (ChatGPT for your browser)", claimed by id only
  'Luna - New Tab',
  'Save to Notion', // beside the ChatGPT-to-Notion savers
  'Notion Web Clipper',
  'Second Brain', // left out of extensions-c12-2.ts
  'Messenger',
  'Toolkit',
  'Genius',
  'Email Tracker',
  'Migo', // beside "Migo (觅果)", claimed by id only
  'Docky', // a dock launcher shares the word; the AI extension is "Docky AI"
  'Reading Guide',
  'Session Buddy',
];

describe('AI browser extensions of the twelfth session (extensions pass)', () => {
  it('classifies every new store id to its own entry', () => {
    for (const tool of NEW_TOOLS) {
      expect(tool.extensionIds.length, tool.id).toBeGreaterThan(0);
    }
    expectExtensionIdsClassified(NEW_TOOLS);
  });

  it('classifies every new store name, whole and before a tagline', () => {
    expectStoreNamesClassified(NEW_TOOLS);
  });

  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });

  it('leaves the bare name "Ollama" to the name-word row, never to a specific entry', () => {
    // only "ollama-ui" and "Ollama Client" are claimed by name; "ollama" is a name word (extensions-c13-words.ts)
    expect(classifyExtension({ name: 'Ollama' })?.toolId).toBe('ai-extension-by-name');
  });

  it('moved ChatGPT Infinity out of the grouped wrapper row, which keeps its other ids and name', () => {
    expect(classifyExtension({ id: 'amikeononomkhphopbflomhnmdijjpmb' })?.toolId).toBe(
      'chatgpt-infinity-extension',
    );
    expect(classifyExtension({ id: 'llojfncgbabajmdglnkbhmiebiinohek' })?.toolId).toBe(
      'chatgpt-wrapper-extensions',
    );
    expect(classifyExtension({ name: 'ChatGPT' })?.toolId).toBe('chatgpt-wrapper-extensions');
    expect(classifyExtension({ name: 'DeepSeek' })?.toolId).toBe('deepseek-wrapper-extensions');
    expect(classifyExtension({ id: 'fcoeoabgfenejglbffodgkkbkcdhcgfn' })?.toolId).toBe('claude-extension');
  });

  it('adds the Edge ids the pinned lists give to ChatHub and Anything Copilot', () => {
    expect(classifyExtension({ id: 'kdlmggoacmfoombiokflpeompajfljga' })?.toolId).toBe('chathub-extension');
    expect(classifyExtension({ id: 'lbeehbkcmjaopnlccpjcdgamcabhnanl' })?.toolId).toBe(
      'anything-copilot-extension',
    );
    expect(classifyExtension({ id: 'iaakpnchhognanibcahlpcplchdfmgma' })?.toolId).toBe('chathub-extension');
  });

  it('keeps the web entries of the same makers on their own hosts', () => {
    expect(classifyUrl('https://mem0.ai/')?.toolId).toBe('mem0');
    expect(classifyUrl('https://dify.ai/')?.toolId).toBe('dify');
    expect(classifyUrl('https://anythingllm.com/')?.toolId).toBe('anythingllm');
    expect(classifyUrl('https://ollama.com/')?.toolId).toBe('ollama');
  });

  it("finds AiShort's web app and none of its look-alikes", () => {
    expect(classifyUrl('https://aishort.top/')?.toolId).toBe('aishort-extension');
    expect(classifyUrl('https://www.aishort.top/en/')?.toolId).toBe('aishort-extension');
    expectNoneClassified([
      'https://short.top/',
      'https://notaishort.top/',
      'https://aishort.com/',
      'https://aishort.top.example.com/',
      'https://ai-short.top/',
    ]);
  });
});
