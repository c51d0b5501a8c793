// Installed extensions are matched by store id, then by name (the whole name, or the part before a
// tagline separator). A catalog name that is an ordinary word would flag every extension that starts with
// it, so these names of ordinary, non-AI extensions must stay unmatched. Add one whenever a catalog name
// could be read as a common word.
import { describe, expect, it } from 'vitest';
import { catalog, classifyExtension } from './index';

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
];

describe('extension names that must not match', () => {
  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    const flagged = ORDINARY_NAMES.filter((name) => classifyExtension({ name }) !== null).map(
      (name) => `${name} → ${classifyExtension({ name })?.toolId}`,
    );
    expect(flagged).toEqual([]);
  });

  it('still matches the AI extensions by store name and by name with a tagline', () => {
    expect(classifyExtension({ name: 'ChatHub - GPT-4, Gemini, Claude' })?.toolId).toBe('chathub-extension');
    expect(classifyExtension({ name: 'Recall: Summarize Anything' })?.toolId).toBe('recall-extension');
    expect(classifyExtension({ name: 'Lavender AI Email Assistant' })?.toolId).toBe('lavender-extension');
    expect(classifyExtension({ name: 'Microsoft Editor: Spelling & Grammar Checker' })?.toolId).toBe(
      'microsoft-editor-extension',
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
