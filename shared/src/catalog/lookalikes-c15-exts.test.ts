// Traps beside the AI browser extensions of the fifteenth session's extension pass (data/extensions-c15-exts.ts and
// the ids added to Talk-to-ChatGPT's and Whispering's entries): the ordinary words and non-AI extensions the new store names
// sit beside, the catalog's web products whose names look like a new extension's (WritelyAI, aiWritely beside
// Writely), and non-AI extensions the repositories read here link (userscript managers, a reloader, a search omnibox,
// a security shield for browser agents).
import { describe, it } from 'vitest';
import {
  expectExtensionIdsClassified,
  expectMakerRepositoryExtensions,
  expectNoExtensionNameClassified,
  expectStoreNamesClassified,
} from '../../testing/lookalikes';

import { extensionToolsC15Exts } from './data/extensions-c15-exts';

/** Ids this pass added to entries that were already here. */
const ADDED_IDS: Record<string, string> = {
  bkkdkngklccknmoalpoakglipbibafpn: 'talk-to-chatgpt-extension',
  oilbfihknpdbpfkcncojikmooipnlglo: 'whispering-epicenter', // the Chrome extension of the Whispering entry
};

/** Ordinary or non-AI extension names beside the new ones, and listings the pass read and left out. */
const ORDINARY_NAMES = [
  'Writely', // Google's old word processor's name: only the GPT assistant's ids and qualified name match
  'WritelyAI', // the catalog's writelyai.com, a web product without an extension id here
  'aiWritely',
  'Quick Prompt', // an ordinary phrase: only the prompt manager's id and qualified name match
  'Translate It', // beside "Translate It! (AI Writing Companion)"
  'Translate It!',
  'Ophel', // a place name, beside "Ophel AI Chat Enhancer"
  'Bee Swarm', // beside BrowserBee
  'Jira Assistant', // beside ojira
  'Markdown Here', // beside GPT2Markdown
  'Colab Dark Theme', // beside ChatGPT for Google Colab
  'Open Colab',
  'LeetCode Timer', // beside LeetChatGPT
  'Gmail Composer', // beside Gmail Composer AI
  'Enhancement',
  'Code Review', // beside codereview.gpt and ThinkReview
  'Agent Browser Shield', // a security shield for browser agents (left out)
  'Extensions Reloader', // linked beside it
  'Tampermonkey', // userscript managers the ai-web-extensions READMEs link
  'Violentmonkey',
  'ScriptCat',
  'Brave Omnibox', // a Brave Search omnibox by the same maker as the AI omniboxes (not AI)
  'Whispering', // an ordinary word: the Whispering entry is matched by its extension's id only
  'Summarize', // beside "Summarize Side Panel"
  'Mask', // beside AI-Mask
];

describe('AI browser extensions of the fifteenth session (exts pass)', () => {
  it('classifies every new id to its own entry', () => {
    expectMakerRepositoryExtensions(extensionToolsC15Exts);
    expectExtensionIdsClassified(extensionToolsC15Exts, ADDED_IDS);
  });

  it('classifies every new store name, whole and before a tagline', () => {
    expectStoreNamesClassified(extensionToolsC15Exts);
  });

  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });
});
