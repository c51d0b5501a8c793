// AI browser extensions recognised by a word in their store name (thirteenth session, 2026-12-06, issue 15).
// Thousands of small "ChatGPT sidebar", "AI writer" and "DeepSeek helper" extensions exist and new ones appear
// daily, so no list of store ids can keep up. This one row holds the words that make an extension's name say it
// is an AI tool; the classifier tries them only after every store id and exact store name has failed, so the
// catalogued products (the official ChatGPT, Claude and Gemini extensions, the grouped wrapper rows) keep their
// own entries. Words are matched against whole tokens of the NFKC-lower-cased name (catalog/extension-names.ts)
// and never in a name that says it blocks, hides or removes AI (AGAINST_AI_WORDS there).
// Chosen to be AI-specific: product and model names, and "ai" itself. Left out as single words because they
// name other things too: gemini (the Gemini exchange and its wallet), copilot (a budgeting app), bard, grok,
// assistant, smart, bot, agent, writer, summary, translate; those appear only in unambiguous phrases
// ("google gemini", "microsoft copilot"). Source: the manifest `name` key documentation, which says the name is
// what the extensions page and the Chrome Web Store show, the text this row is matched against.
// extension-lookalikes.test.ts keeps ordinary extension names (uBlock Origin, Gemini Wallet, Aim Trainer, AI
// Blocker ...) unmatched; README "browser extensions" says how an admin corrects a wrong match.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools } from './define';

export const extensionWordToolsC13: Tool[] = defineTools(
  'browser-extension',
  [
    {
      id: 'ai-extension-by-name',
      name: 'AI extension (matched by its store name)',
      vendor: 'Various publishers',
      extensionNameWords: [
        'ai',
        'chatgpt',
        'gpt',
        'gpts',
        'openai',
        'llm',
        'llms',
        'deepseek',
        'claude',
        'anthropic',
        'perplexity',
        'midjourney',
        'chatbot',
        'chatbots',
        'ollama',
        'dalle',
        'dall e',
        'stable diffusion',
        'hugging face',
        'huggingface',
        'gemini ai',
        'google gemini',
        'gemini advanced',
        'google bard',
        'microsoft copilot',
        'github copilot',
        'ai chat',
      ],
      source: 'https://developer.chrome.com/docs/extensions/reference/manifest/name',
    },
  ],
  { checked: CHECKED_C13 },
);
