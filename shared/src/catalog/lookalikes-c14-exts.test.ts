// Traps beside the AI browser extensions of the fourteenth session's extension pass (data/extensions-c14-exts.ts and
// two ids added to existing entries), and the namesakes the store-name word match (ai-extension-by-name) now leaves
// alone: running it over some 100,000 real store names (lists of extension ids and names used only here, not copied)
// matched Adobe Illustrator file converters ("JPG to AI Converter"), a Claude Monet wallpaper theme and an "AI slop"
// replacer; NOT_AI_PHRASES and the `slop` entry of AGAINST_AI_WORDS (extension-names.ts) keep them unmatched, and the
// AI names beside them still match.
import { describe, expect, it } from 'vitest';
import {
  expectExtensionIdsClassified,
  expectNoExtensionNameClassified,
  expectStoreNamesClassified,
} from '../../testing/lookalikes';

import { extensionToolsC14Exts } from './data/extensions-c14-exts';
import { AGAINST_AI_WORDS, NOT_AI_PHRASES } from './extension-names';
import { classifyExtension } from './index';

/** Ids this pass added to entries that were already here (Edge Add-ons and Firefox ids). */
const ADDED_IDS: Record<string, string> = {
  amkbmndfnliijdhojkpoglbnaaahippg: 'immersive-translate-extension',
  'saurabh@mcpsuperassistant.ai': 'mcp-superassistant-extension',
};

/** Ordinary or non-AI extension names beside the new ones, and listings the pass read and left out. */
const ORDINARY_NAMES = [
  'Autobrowser', // an ordinary automation word: only the id of the Claude-driven listing is claimed
  'AutoBrowser',
  'Notification',
  'Notifications for Gmail', // beside "ChatGPT Notification"
  'Zhihu', // beside "ChatGPT for Zhihu"
  'Zhihu Downloader',
  'Remail',
  'Email Tracker', // beside "ChatGPT for Email - Remail"
  'Playwright CRX', // beside "Playwriter MCP"
  'Playwriter',
  'MCP',
  'WebMCP DevTools', // a developer inspector the AI devtools list links (left out)
  'Tab History Manager', // beside AIPex's listing slug
  'Katalon Recorder (Selenium tests generator)', // a test recorder in the browser-automation list
  'uBlock Origin',
  'Second Brain', // left out by the twelfth pass, still not taken
  'Summarize',
  'Immersive Reader',
  'Translate',
];

/** Namesakes the word match met in real store names, and close variants (each must stay unmatched). */
const NAMESAKES = [
  'JPG to AI Converter',
  'AI to JPG Converter',
  'PNG to AI Converter',
  'SVG to AI Converter',
  'AI to SVG Converter',
  'EPS to AI Converter',
  'PSD to AI Converter',
  'AI to PSD Converter',
  'WebP to AI converter',
  'Claude Monet HD Wallpapers New Tab Theme',
  'Jean-Claude Van Damme Wallpapers',
  'Ai Slop Replacer',
  'AI Slop Filter',
];

/** AI names beside the namesakes: the word match must still report them. */
const STILL_AI = [
  'AI Image Generator',
  'PDF to AI Chat', // "pdf to ai" is not a namesake phrase
  'AI Upscaler for PNG',
  'Claude Helper',
  'Claude Exporter',
  'ChatGPT to PNG',
  'Gemini AI Sidebar',
];

describe('AI browser extensions of the fourteenth session (exts pass)', () => {
  it('classifies every new store id to its own entry', () => {
    for (const tool of extensionToolsC14Exts) {
      expect(tool.category, tool.id).toBe('browser-extension');
      expect(tool.extensionIds.length, tool.id).toBeGreaterThan(0);
      for (const id of tool.extensionIds) {
        expect(id, tool.id).toMatch(/^[a-p]{32}$/);
      }
    }
    expectExtensionIdsClassified(extensionToolsC14Exts, ADDED_IDS);
  });

  it('classifies every new store name, whole and before a tagline', () => {
    expectStoreNamesClassified(extensionToolsC14Exts);
  });

  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });
});

describe('store-name word match: namesakes met in real store names (fourteenth session)', () => {
  it(`leaves all ${NAMESAKES.length} namesakes unmatched`, () => {
    expectNoExtensionNameClassified(NAMESAKES);
  });

  it('still reports the AI names beside them', () => {
    const wrong = STILL_AI.filter((name) => classifyExtension({ name })?.toolId !== 'ai-extension-by-name');
    expect(wrong).toEqual([]);
  });

  it('keeps its phrase lists lower-case and disjoint', () => {
    expect(NOT_AI_PHRASES.every((p) => p === p.toLowerCase())).toBe(true);
    expect(NOT_AI_PHRASES.filter((p) => AGAINST_AI_WORDS.includes(p))).toEqual([]);
  });
});
