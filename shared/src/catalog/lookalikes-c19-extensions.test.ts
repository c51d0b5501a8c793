// Traps beside the AI browser extensions of the nineteenth session's extension pass (data/extensions-c19.ts): the
// ordinary words and non-AI extensions the new store names sit beside, the generic names qualified in the rows
// (YouTube Summary, Translator), and a listing the searches found and left out (TranscripTonic, Google Meet captions to
// text without AI).
import { describe, expect, it } from 'vitest';
import {
  expectExtensionIdsClassified,
  expectMakerRepositoryExtensions,
  expectNoExtensionNameClassified,
  expectStoreNamesClassified,
} from '../../testing/lookalikes';

import { extensionsC19Tools } from './data/extensions-c19';

/** Ordinary or non-AI extension names beside the new ones, and listings the pass read and left out. */
const ORDINARY_NAMES = [
  'Reply', // beside Reply Better AI and ReplyChief
  'Reply Better',
  'Better Reply',
  'Reply Chief',
  'LinkedIn', // beside LinkedIn Engage
  'LinkedIn Helper',
  'Engage',
  'Summarizer', // beside Summarizerrrr and SummarizerX AI Reader
  'Summarizer X',
  'Summary',
  'YouTube Summary', // a generic name: only the onebis listing's id and qualified name match
  'YouTube',
  'Translator', // beside AI Translator (sontvwork) and translate cat
  'Translate',
  'Cat',
  'Meet', // beside Meet Live Assist
  'Google Meet Grid View',
  'Live Assist',
  'Sidebar', // beside LLM Sidebar with Context
  'X', // beside LLM X
  'Meeting', // beside LLMeeting
  'Jump', // beside JumpNav
  'JumpNav Bookmarks',
  'Copilot', // beside Copilot Browser Bridge
  'Browser Bridge',
  'WebBridge', // beside Agent WebBridge
  'Web Bridge',
  'Agent',
  'TranscripTonic', // Google Meet transcripts without AI (left out)
  'Tampermonkey', // a userscript manager, beside the ChatGPT Enhancer userscript (left out)
];

describe('AI browser extensions of the nineteenth session (extensions pass)', () => {
  it('classifies every new id to its own entry', () => {
    expectMakerRepositoryExtensions(extensionsC19Tools);
    expectExtensionIdsClassified(extensionsC19Tools);
  });

  it('classifies every new store name, whole and before a tagline', () => {
    expectStoreNamesClassified(extensionsC19Tools);
  });

  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });

  it('adds 15 entries', () => {
    expect(extensionsC19Tools).toHaveLength(15);
  });
});
