// Traps beside the AI browser extensions of the sixteenth session's extension pass (data/extensions-c16-exts.ts and
// the ids added to Gemini Voyager's, Claude Usage Tracker's, NativeMind's and Ollama Client's entries): the ordinary
// words and non-AI extensions the new store names sit beside, namesakes (WebBrain, BharatGPT's Indian LLM beside
// HindustanGPT's README title), and an AI-site blocker the searches found (left out).
import { describe, expect, it } from 'vitest';
import {
  expectExtensionIdsClassified,
  expectMakerRepositoryExtensions,
  expectNoExtensionNameClassified,
  expectStoreNamesClassified,
} from '../../testing/lookalikes';

import { extensionToolsC16Exts } from './data/extensions-c16-exts';

/** Ids this pass added to entries that were already here. */
const ADDED_IDS: Record<string, string> = {
  iifacdnjakkhjjiengaffnegbndgingi: 'gemini-voyager-extension',
  kjdpnimcnfinmilocccippmododhceol: 'gemini-voyager-extension',
  'gemini-voyager@nagi-ovo': 'gemini-voyager-extension',
  'claude_usage_tracker@lugia19.com': 'claude-usage-tracker-extension',
  '{48e0818d-6c94-43d4-9465-61ceb28080e3}': 'nativemind-extension',
  'shishirchaurasiya435@gmail.com': 'ollama-client-extension',
};

/** Ordinary or non-AI extension names beside the new ones, and listings the pass read and left out. */
const ORDINARY_NAMES = [
  'WebBrain', // a namesake: only the agent's ids and qualified name match
  'Web Brain',
  'Group Tabs', // beside AI Group Tabs
  'Tab Groups',
  'Tab Manager',
  'Drag', // beside DragGPT
  'Pinboard', // beside PinGPT (Pinboard GPT)
  'Pin Tab',
  'Share', // beside Share by ChatGPT
  'Share to Facebook',
  'Side Panel', // beside AI Side Panel and Free AI Side Bar
  'Sidebar',
  'Translations', // beside Firefox Translations
  'Firefox Multi-Account Containers', // another Mozilla add-on
  'Bing', // beside BingAI Sidebar for Chrome
  'Bing Wallpaper',
  'Edge', // beside ChatGPT for Edge
  'Scholar', // beside SciGPT and SciGemini
  'Google Scholar Button',
  'Hindi Keyboard', // beside HindustanGPT
  'QoL', // beside Claude QoL
  'Chrome API',
  'Super', // beside DeepSeekSuper
  'Table of Contents', // beside AI Chat TOC
  'TOC',
  'History Cleaner', // beside AI Chat Cleaner
  'Cookie Cleaner',
  'Tag Highlighter', // beside ChatGPT Tag Highlighter
  'Highlighter',
  'Message Saver', // beside ChatGPT Message Saver
  'Firefox Relay', // another Mozilla add-on, beside Claudezilla and Firefox Translations
  'Zilla',
  'Self Chat', // beside ChatGPT SelfChat
  'Overleaf', // the LaTeX editor, beside AI Agent for Overleaf
  'Overleaf Copilot',
  'Chat Exporter', // beside Covai Labs' AI Chat Exporter
  'Tunnel', // beside GPT Tunnel
  'Copy', // beside GPTCopy
  'Copy to Word',
  'AI Blocker', // an AI-site blocker the searches found (left out)
];

describe('AI browser extensions of the sixteenth session (exts pass)', () => {
  it('classifies every new id to its own entry', () => {
    expectMakerRepositoryExtensions(extensionToolsC16Exts);
    expectExtensionIdsClassified(extensionToolsC16Exts, ADDED_IDS);
  });

  it('classifies every new store name, whole and before a tagline', () => {
    expectStoreNamesClassified(extensionToolsC16Exts);
  });

  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });

  it('adds 32 entries', () => {
    expect(extensionToolsC16Exts).toHaveLength(32);
  });
});
