// Traps beside the AI browser extensions of the twentieth session's extension pass (data/extensions-c20.ts): the
// ordinary words and non-AI extensions the new store names sit beside, the generic names qualified in the rows
// (Page Summarizer, Ask AI, Ask Gemini), a listing the pass read and left out (Copylot, a clipboard cleaner), the
// ordinary sites beside the two makers' sites the rows claim (gptbreeze.io, llmnesia.com), the shared-platform and
// left-out hosts the pass met, and sites whose names sit close to the new entries.
import { describe, expect, it } from 'vitest';
import {
  expectEachClassifiedAs,
  expectExtensionIdsClassified,
  expectMakerRepositoryExtensions,
  expectNoExtensionNameClassified,
  expectNoneClassified,
  expectStoreNamesClassified,
  ownUrls,
} from '../../testing/lookalikes';

import { extensionsC20Tools } from './data/extensions-c20';

/** Ordinary or non-AI extension names beside the new ones, and listings the pass read and left out. */
const ORDINARY_NAMES = [
  'Sidebar', // beside Sidely
  'Side Panel',
  'Sidely Notes',
  'Ask', // beside Ask Gemini (Adhin37), Ask AI (Josh-Approved) and Dobby AI
  'Ask Gemini', // a generic name: only the Adhin37 listing's id and qualified name match
  'Dobby',
  'Memory', // beside LLMnesia
  'Amnesia',
  'History Search',
  'Prompt', // beside PromptMate and PromptKeeper
  'Keeper',
  'Keeper Password Manager',
  'Mate',
  'Breeze', // beside GPT Breeze
  'Breeze Theme',
  'Page Summarizer', // a generic name: only the Medha170 listing's id and qualified name match
  'Summary',
  'API Explorer', // beside OpenAI API Explorer
  'tldr', // beside tldr.map
  'Mind Map',
  'markmap',
  'Voice', // beside VoiceOne
  'Read Aloud',
  'Translate',
  'Copylot', // a clipboard cleaner that prepares Markdown for AI chats without calling a model (left out)
  'Prompt Scrubber', // a data-loss guard for AI prompts, not an AI tool (left out)
  'VoiceKeep', // a meeting-caption saver without AI (left out)
];

/** Ordinary sites beside the two makers' sites the rows claim. */
const GENERAL_SITES = [
  'https://www.youtube.com/', // the videos GPT Breeze summarises
  'https://www.reddit.com/r/chrome_extensions/', // where the makers discuss their listings
  'https://chromewebstore.google.com/', // the store itself
  'https://chromewebstore.google.com/detail/gpt-breeze-ai-shortcuts-y/plchckmceefljjjphgfcadhlfnlindog', // a listing page
  'https://microsoftedge.microsoft.com/addons/', // the Edge store
  'https://addons.mozilla.org/en-US/firefox/', // the Firefox store
  'https://www.obsidian.md/', // a notes app, beside LLMnesia's saved chats
  'https://www.notion.so/', // a notes app, beside LLMnesia's saved chats
  'https://markmap.js.org/', // the mind-map renderer tldr.map uses
  'https://buymeacoffee.com/', // a tip jar the makers link
];

/** Copies and sites of the new extensions on shared platforms, met in their repositories. */
const SHARED_PLATFORMS = [
  'https://page-summarizer-ai.vercel.app/', // Page Summarizer (Medha170)'s site on a shared platform
  'https://tldrmap.vercel.app/', // tldr.map's site on a shared platform
];

/** Hosts the pass read and left out, with the reason. */
const LEFT_OUT = [
  'https://copy.useai.online/', // Copylot (AI Copilot - MagicCopy), a clipboard cleaner that calls no model
  'https://useai.online/', // the parent of Copylot's site
  'https://unproton.com/contact', // Explainly's maker; its repository could not be named
  'https://voicehop.app/', // seen only in a third party's list
  'https://parasochka.com/', // Sidely's maker's personal site
];

const NAMESAKES = [
  'https://www.gptbreeze.com/', // beside GPT Breeze (gptbreeze.io)
  'https://www.gpt-breeze.com/', // beside GPT Breeze
  'https://www.breeze.io/', // beside GPT Breeze
  'https://www.llmnesia.ai/', // beside LLMnesia (llmnesia.com)
  'https://www.llmnesia.io/', // beside LLMnesia
  'https://www.amnesia.com/', // beside LLMnesia
  'https://www.sidely.com/', // beside Sidely
  'https://www.promptmate.com/', // beside PromptMate
  'https://www.promptkeeper.com/', // beside PromptKeeper
  'https://www.dobby.ai/', // beside Dobby AI
  'https://www.voiceone.com/', // beside VoiceOne
  'https://www.tldrmap.com/', // beside tldr.map
];

describe('AI browser extensions of the twentieth session (exts pass)', () => {
  it('classifies every new id to its own entry', () => {
    expectMakerRepositoryExtensions(extensionsC20Tools);
    expectExtensionIdsClassified(extensionsC20Tools);
  });

  it('classifies every new store name, whole and before a tagline', () => {
    expectStoreNamesClassified(extensionsC20Tools);
    expectStoreNamesClassified([
      { id: 'sidely-chatgpt-sidebar-extension', name: 'Sidely - ChatGPT Sidebar' },
      { id: 'gpt-breeze-extension', name: 'GPT Breeze - AI Shortcuts, YouTube Summary' },
    ]);
  });

  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });

  it("classifies the makers' own hosts and the site pages behind the sources", () => {
    expectEachClassifiedAs(ownUrls(extensionsC20Tools), { api: true });
    expectEachClassifiedAs({
      'https://www.llmnesia.com/about': 'llmnesia-extension',
      'https://gptbreeze.io/youtube-summary': 'gpt-breeze-extension',
      'https://beta.gptbreeze.io/guide/getting-started': 'gpt-breeze-extension',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });

  it('adds 13 entries, two of them with a maker site', () => {
    expect(extensionsC20Tools).toHaveLength(13);
    expect(extensionsC20Tools.filter((t) => t.domains.length > 0).map((t) => t.id)).toEqual([
      'llmnesia-extension',
      'gpt-breeze-extension',
    ]);
  });
});
