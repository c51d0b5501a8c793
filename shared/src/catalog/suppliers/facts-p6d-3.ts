// Pass 6d, continued (2026-12-05): consumer AI services covered by their maker's own terms, privacy policy or
// help pages, as recorded in full by Open Terms Archive (OpenTermsArchive/genai-contrib-versions and
// genai-eu-versions, ODC-By; attribution: Open Terms Archive). A fact is recorded for a tool only where the page
// names it; each cites the vendor address the copy was fetched from and its note gives the copy's date.
import { defineSuppliers, read } from './define';

const GENAI = 'Open Terms Archive copy in genai-contrib-versions';
const EU = 'Open Terms Archive copy in genai-eu-versions';

const OPENAI_DATA_USE = 'https://openai.com/policies/how-your-data-is-used-to-improve-model-performance/';
const openAiTraining = (tool: string): string =>
  `OpenAI, “How your data is used to improve model performance”: content of services for individuals, named as ChatGPT, Sora and Operator, may train OpenAI’s models unless the user opts out${tool}. ${GENAI} (“ChatGPT”), recorded 25 Jul 2026.`;

export const pass6dSuppliers3 = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'sora',
    free: read('yes', OPENAI_DATA_USE, openAiTraining(' (Sora has its own setting)')),
    retention: read(
      'Service closed: the Sora web and app experiences were discontinued on 26 April 2026 (the API on 24 September 2026); after any final export window, all data from using Sora is permanently deleted',
      'https://help.openai.com/en/articles/20001152-what-to-know-about-the-sora-discontinuation',
      `OpenAI Help Center, “What to know about the Sora discontinuation”. ${EU} (“ChatGPT”), recorded 22 Aug 2026.`,
    ),
  },
  {
    toolId: 'openai-operator',
    free: read('yes', OPENAI_DATA_USE, openAiTraining('')),
  },
  {
    toolId: 'grokipedia',
    retention: read(
      'No period stated; content a user asks to delete is queued for deletion, which may take up to 30 days unless the law requires keeping it',
      'https://x.ai/legal/terms-of-service',
      `xAI Terms of Service (effective 26 Jun 2026), which apply to Grok, Grokipedia and xAI’s other services for individuals. ${EU} (“Grok”), recorded 8 Jul 2026.`,
    ),
  },
  {
    toolId: 'microsoft-copilot',
    free: read(
      'yes',
      'https://privacy.microsoft.com/en-ie/privacystatement',
      `Microsoft privacy statement, Microsoft Copilot section: in some markets (not listed) conversation data can help train Microsoft’s AI models in Copilot unless the user opts out. ${EU} (“Microsoft Copilot”), recorded 3 Aug 2026.`,
    ),
  },
  {
    toolId: 'deepseek',
    retention: read(
      'Kept as long as the user has an account (account, input and payment data); longer where the terms were violated or the law requires',
      'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html',
      `DeepSeek privacy policy, retention section: data used to provide the services is kept for as long as the user has an account. ${EU} (“DeepSeek”), recorded 10 Feb 2026.`,
    ),
  },
]);
