// Traps beside the AI browser extensions of the thirteenth session's extension pass (data/extensions-c13*.ts): every
// new store id classifies to its own entry, and so does every new store name (whole, and before a tagline where the
// name has none of its own); ordinary, non-AI extensions whose names share words with the new ones stay unmatched,
// and so do the ordinary-word names left out of the Mereos list; the grouped wrapper rows and the brands' own
// entries keep their ids, names and hosts.
import { describe, expect, it } from 'vitest';
import {
  expectExtensionIdsClassified,
  expectNoExtensionNameClassified,
  expectNoneClassified,
  expectStoreNamesClassified,
} from '../../testing/lookalikes';

import { extensionToolsC13 } from './data/extensions-c13';
import { extensionToolsC13b } from './data/extensions-c13-2';
import { extensionToolsC13c } from './data/extensions-c13-3';
import { classifyExtension, classifyUrl } from './index';

const NEW_TOOLS = [...extensionToolsC13, ...extensionToolsC13b, ...extensionToolsC13c];

/** Store names of ordinary extensions beside the new names, and ordinary-word names left out (each must stay unmatched). */
const ORDINARY_NAMES = [
  'Mods', // beside "ChatGPT Mods"
  'Chrome Mods',
  'Quick Access',
  'Save as PDF', // beside "ChatGPT to PDF" and "DeepSeek to PDF"
  'Print Friendly & PDF',
  'Checker Plus for Google Calendar', // beside "ChatGPT for Google Calendar"
  'Google Meet Grid View', // beside "ChatGPT for Google Meet"
  'Safe Search', // beside "Safe ChatGPT Search"
  'Search',
  'Toolbar', // beside "AI Toolbar"
  'Dictionary', // beside "eJOY AI Dictionary"
  'Dropbox', // beside "Dropbox Dash"
  'Dropbox for Gmail',
  'Reader Mode',
  'Image Downloader', // beside the "Image to Prompt" tools
  'Quiz Maker',
  'Cover Letter',
  'Homework',
  'Math',
  'Translator',
  // ordinary-word or shared names the Mereos list gives and this pass left out
  'Momentum',
  'Scribe',
  'Writer',
  'Crystal',
  'Crystal Ad block',
  'Copilot',
  'CoPilot',
  'Memex',
  'Pieces',
  'Heidi',
  'Freed',
  'Clay',
  'Breeze',
  'Arcade',
  'Conductor',
  'Refine',
  'Bubbles',
  'Ultimate',
  'Otto',
  'Plug',
  'Manga Translator',
  'Text Summarizer',
  'Article Summarizer',
  'Prompt Security',
  'Turn Off AI Overview',
  'Voila',
  'Writing Assistant',
  // namesakes of AI brands in the Mereos list (cursors, LMS helpers, devtools, blockers)
  'Custom Cursor',
  'Cursor Trails',
  'Canvas+',
  'Apollo Client Devtools',
  'Spark blocker',
  'Keyword Surfer',
  'Mem Web Clipper',
  // non-AI entries of the malicious-extension list beside the AI ones ("Ledger AI Quiz" and "AI Shop Buddy" say
  // AI in their names: see NAMED_AI below)
  'Headline Generator',
  'H-Chat Assistant',
  // namesakes met by the exact searches (extensions-c13-3.ts)
  'GAuth Authenticator',
  'Elicit', // an ordinary word; only the id of Elicit's listing is claimed
  'Replai', // a hotel-review reply tool shares the name; not claimed
  'Scraper',
  'Saner Social Media', // a feed blocker, beside Saner.AI
  'Overleaf',
  'Autofill',
  'Reader',
];

/**
 * Names left out of this pass that still say "AI" as a word: no entry of their own claims them, only the
 * name-word row (extensions-c13-words.ts), which reports any extension whose name says it is AI.
 */
const NAMED_AI = ['Ledger AI Quiz', 'AI Shop Buddy', 'NoType AI'];

/** A store name with its own tagline separator is matched whole; the tagline check applies to the others. */
describe('AI browser extensions of the thirteenth session (extensions pass)', () => {
  it('classifies every new store id to its own entry', () => {
    for (const tool of NEW_TOOLS) {
      expect(tool.extensionIds.length, tool.id).toBeGreaterThan(0);
      expect(tool.category, tool.id).toBe('browser-extension');
      for (const id of tool.extensionIds) {
        expect(id, tool.id).toMatch(/^[a-p]{32}$/);
      }
    }
    expectExtensionIdsClassified(NEW_TOOLS);
  });

  it('classifies every new store name, whole and before a tagline', () => {
    expectStoreNamesClassified(NEW_TOOLS);
  });

  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });

  it('gives the names that say AI but were not claimed to the name-word row alone', () => {
    expect(NAMED_AI.map((name) => classifyExtension({ name })?.toolId)).toEqual(
      NAMED_AI.map(() => 'ai-extension-by-name'),
    );
  });

  it('matches a tagged fake by its whole name only, never the brand it imitates', () => {
    expect(classifyExtension({ name: 'Manus AI | Free AI Assistant' })?.toolId).toBe(
      'manus-ai-free-ai-assistant-extension',
    );
    expect(classifyExtension({ name: 'Manus AI' })?.toolId ?? null).not.toBe(
      'manus-ai-free-ai-assistant-extension',
    );
    expect(classifyExtension({ name: 'DeepSeek AI' })?.toolId ?? null).not.toBe(
      'deepseek-ai-free-ai-assistant-extension',
    );
    expect(classifyExtension({ name: 'PasteReady' })).toBeNull();
    // the ChatGPT Mods token counter is claimed by id; its name still reads as the other token counter
    expect(classifyExtension({ id: 'hfdpdgblphooommgcjdnnmhpglleaafj' })?.toolId).toBe(
      'chatgpt-mods-extension',
    );
  });

  it('keeps the grouped wrapper rows and the ids they already held', () => {
    expect(classifyExtension({ name: 'ChatGPT' })?.toolId).toBe('chatgpt-wrapper-extensions');
    expect(classifyExtension({ name: 'DeepSeek' })?.toolId).toBe('deepseek-wrapper-extensions');
    expect(classifyExtension({ name: 'AI Chat' })?.toolId).toBe('ai-chat-wrapper-extensions');
    expect(classifyExtension({ id: 'llojfncgbabajmdglnkbhmiebiinohek' })?.toolId).toBe(
      'chatgpt-wrapper-extensions',
    );
    expect(classifyExtension({ id: 'inhcgfpbfdjbjogdfjbclgolkmhnooop' })?.toolId).toBe(
      'ai-chat-wrapper-extensions',
    );
    expect(classifyExtension({ id: 'mkhdiephfhifcgpmkaaboknnbdpjlneg' })?.toolId).toBe(
      'deepseek-wrapper-extensions',
    );
  });

  it('keeps the web entries of the same makers on their own hosts', () => {
    expect(classifyUrl('https://www.taskade.com/')?.toolId).toBe('taskade');
    expect(classifyUrl('https://felo.ai/')?.toolId).toBe('felo');
    expect(classifyUrl('https://mapify.so/')?.toolId).toBe('mapify');
    expect(classifyUrl('https://www.gumloop.com/')?.toolId).toBe('gumloop');
    expectNoneClassified([
      'https://chromewebstore.google.com/',
      'https://chromewebstore.google.com/category/extensions',
    ]);
  });
});
