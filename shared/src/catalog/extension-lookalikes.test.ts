// Installed extensions are matched by store id, then by name (the whole name, or the part before a
// tagline separator). A catalog name that is an ordinary word would flag every extension that starts with
// it, so these names of ordinary, non-AI extensions must stay unmatched. Add one whenever a catalog name
// could be read as a common word.
import { describe, expect, it } from 'vitest';
import { catalog, classifyExtension } from './index';
import { expectNoExtensionNameClassified } from '../../testing/lookalikes';

/** Store names of extensions that are not AI tools, each beside the catalog name it could be confused with. */
const ORDINARY_NAMES = [
  'Lavender | New Tab', // a new-tab page; the AI email coach is listed as "Lavender AI Email Assistant"
  'Lavender',
  'Recall', // the summariser is "Recall: Summarize Anything"
  'Recall - Bookmark Manager',
  'Fathom', // Fathom Analytics shares the word; the note-taker is "Fathom AI Note Taker"
  'Fathom Analytics',
  'Bluedot',
  'Krisp', // only "Krisp AI Meeting Assistant" is claimed by name
  'Editor', // "Microsoft Editor" only
  'Translate',
  'Translator',
  'Writer',
  'Summary',
  'Assistant',
  'Exporter',
  'Page Ruler', // beside "Page Assist"
  'Google Dictionary (by Google)',
  'Read Aloud: A Text to Speech Voice Reader', // beside "Read AI"
  'Scribe', // how-to guide recorder, not claimed
  'Dark Reader',
  'Session Buddy',
  'Honey',
  'Gemini', // the crypto exchange shares the word; only "Gemini AI" wrappers are claimed by name
  'Gemini Wallet',
  'Sapling', // an HR suite shares the word; the writing assistant is "Sapling.ai"
  'Sapling HR - Onboarding',
  'Copilot', // "Copilot" alone is also a budgeting app; no catalog name is the bare word
  // Ordinary extensions beside the name words of ai-extension-by-name (extensions-c13-words.ts): none holds a
  // word as a whole token, or the name says it works against AI.
  'uBlock Origin',
  'AdBlock Plus - free ad blocker',
  'AdBlock — block ads across the web',
  'LastPass: Free Password Manager',
  'Bitwarden Password Manager',
  'MetaMask',
  'Gemini Wallet', // the exchange's wallet; only "gemini ai" and "google gemini" are words
  'Gemini: Buy Bitcoin & Crypto',
  'Dark Reader',
  'Honey: Automatic Coupons & Rewards',
  'Zoom Chrome Extension',
  'Loom – Screen Recorder & Screen Capture',
  'Evernote Web Clipper',
  'Mailtrack for Gmail: Email tracker',
  'Aim Trainer', // "aim" is not "ai"
  'Rain Sounds',
  'Thai Keyboard',
  'Maid Café Timer',
  'Paint Tool',
  'Email Tracker by Mailsuite',
  'Bard Poetry Reader', // "bard" alone is not a word; "google bard" is
  'Grok Pattern Tester',
  'Smart Bot Assistant', // smart, bot and assistant are not words
  'Agent Switcher',
  'Block ChatGPT', // against AI: blocks it
  'AI Blocker',
  'Hide AI Overviews',
  'Hide Google AI Overviews',
  'Remove AI Overviews',
  'ChatGPT Blocker for Schools',
  'Disable Gemini AI in Gmail',
  'Anti-AI Search',
  'No AI Search Results',
  'Bye Bye, Google AI: turn off AI overviews',
];

describe('extension names that must not match', () => {
  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });

  it('still matches the AI extensions by store name and by name with a tagline', () => {
    expect(classifyExtension({ name: 'ChatHub - GPT-4, Gemini, Claude' })?.toolId).toBe('chathub-extension');
    expect(classifyExtension({ name: 'Recall: Summarize Anything' })?.toolId).toBe('recall-extension');
    expect(classifyExtension({ name: 'Lavender AI Email Assistant' })?.toolId).toBe('lavender-extension');
    expect(classifyExtension({ name: 'Microsoft Editor: Spelling & Grammar Checker' })?.toolId).toBe(
      'microsoft-editor-extension',
    );
  });

  it('matches AI-named extensions the catalog does not list to ai-extension-by-name, by a word in the name', () => {
    const names = [
      'ChatGPT Sidebar Pro',
      'DeepSeek AI Helper',
      'AI Writer for Gmail',
      'GPT-4o Summarizer',
      'Claude Helper',
      'AI助手 - 智能写作',
      'Perplexity Quick Search',
      'Midjourney Prompt Helper',
      'LLM Prompt Library',
      'Google Gemini Sidebar',
      'Chatbot for Websites',
      'OpenAI Playground Tools',
      'Stable Diffusion Prompt Builder',
      'Custom GPTs Store Browser',
    ];
    const wrong = names
      .map((name) => [name, classifyExtension({ id: 'ponmlkjihgfedcbaponmlkjihgfedcba', name })?.toolId])
      .filter(([, id]) => id !== 'ai-extension-by-name');
    expect(wrong).toEqual([]);
  });

  it('keeps the catalogued AI extensions on their own entries, not the name-word row', () => {
    expect(classifyExtension({ name: 'YouTube Summary with ChatGPT & Claude' })?.toolId).toBe(
      'youtube-summary-extension',
    );
    expect(classifyExtension({ name: 'ChatGPT' })?.toolId).toBe('chatgpt-wrapper-extensions');
    expect(classifyExtension({ name: 'Grammarly: AI Writing Assistant' })?.toolId).toBe(
      'grammarly-extension',
    );
  });

  it('gives no browser extension a one-word name that is an ordinary English word', () => {
    const ordinaryWords = new Set([
      'lavender',
      'recall',
      'fathom',
      'bluedot',
      'editor',
      'translate',
      'writer',
      'summary',
      'sapling',
      'gemini',
      'copilot',
    ]);
    const words = catalog
      .filter((t) => t.category === 'browser-extension')
      .map((t) => t.name.toLowerCase())
      .filter((name) => ordinaryWords.has(name));
    expect(words).toEqual([]);
  });
});
