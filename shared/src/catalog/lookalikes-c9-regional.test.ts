// Traps beside the pages and hosts the ninth regional pass claimed (data/platform-ai-sections-4.ts,
// data/long-tail-c9-regional.ts and the second hosts it gave existing entries): the general sites whose AI page is
// claimed only as a URL prefix, the parents of claimed AI subdomains, sibling paths that merely start the same way,
// and non-AI namesakes of new hosts. Every one must stay unclassified.
import { describe, expect, it } from 'vitest';
import { classifyUrl } from './index';

const GENERAL_BESIDE_PREFIXES = [
  'https://www.godaddy.com/websites', // GoDaddy's site builder; only /websites/ai-website-builder is claimed
  'https://www.godaddy.com/websites/website-builder',
  'https://www.canva.com/', // only /dream-lab (and Canva's other AI pages) are claimed
  'https://www.canva.com/design/DAF1/edit',
  'https://www.canva.com/dream-lab-tips', // a sibling path, not a whole segment
  'https://www.google.com/shopping', // Google Shopping; only /shopping/tryon is the AI try-on
  'https://www.google.com/search?q=shoes',
  'https://www.wolfram.com/', // Wolfram's site; only the Notebook Assistant + LLM Kit page is claimed
  'https://www.wolfram.com/mathematica/',
  'https://www.extendoffice.com/product/kutools-for-excel.html', // the add-in itself, not its AI assistant page
  'https://pyrfecter.com/', // a Python formatter; only its AI page is claimed
  'https://vimeo.com/features', // Vimeo's feature index; only its AI feature pages are claimed
  'https://vimeo.com/features/video-editor',
  'https://health.amazon.com/', // Amazon's health store; only One Medical's Health AI page is claimed
  'https://health.amazon.com/prime/onemedical/membership',
  'https://www.quora.com/', // Quora's Q&A; only /ai_interviewer is claimed (Poe is its own entry)
  'https://www.quora.com/answer',
  'https://kahoot.com/', // Kahoot!'s quizzes; only the notes-to-flashcards page is claimed
  'https://kahoot.com/kahoot-study/',
  'https://pockit.tools/', // developer utilities; only /ai is claimed
  'https://pockit.tools/blog/css-has-selector-complete-guide/',
  'https://www.telerik.com/', // UI components; only /agent-memory is claimed
  'https://insightsoftware.com/', // financial reporting software; only its AI page is claimed
  'https://www.boldbi.com/', // a BI tool; only /ai-analytics is claimed
  'https://cloud.boldbi.com/',
  'https://www.shopify.com/', // only /magic and /sidekick are claimed
  'https://www.shopify.com/sidekicks', // a sibling path
  'https://workspace.google.com/', // Google Workspace; only the NotebookLM product page is claimed
  'https://workspace.google.com/products/docs',
  'https://github.com/settings/profile', // GitHub's settings; only the Copilot settings page is claimed
  'https://github.com/settings',
  'https://github.com/github', // GitHub's own organisation; only /github-copilot/pro is claimed
  'https://console.cloud.google.com/agent', // a sibling path of the agent platform
  'https://console.cloud.google.com/welcome',
];

const PARENTS_OF_AI_SUBDOMAINS = [
  'https://www.privacy.com/', // virtual cards; agents.privacy.com is claimed
  'https://privacy.com/',
  'https://www.startpage.com/', // the private search engine; vanish.startpage.com is claimed
  'https://startpage.com/',
];

const NAMESAKES = [
  'https://unmute.com/', // not Kyutai's unmute.sh
  'https://unmute.sh.example.com/',
  'https://notunmute.sh/',
];

describe('ninth regional pass: look-alikes stay unclassified', () => {
  it('classifies none of the general sites, parents and namesakes', () => {
    for (const url of [...GENERAL_BESIDE_PREFIXES, ...PARENTS_OF_AI_SUBDOMAINS, ...NAMESAKES])
      expect(classifyUrl(url)?.toolId ?? null, url).toBeNull();
  });

  it('still finds the AI pages beside them', () => {
    const expected: Record<string, string> = {
      'https://www.godaddy.com/websites/ai-website-builder': 'godaddy-ai-website-builder',
      'https://www.canva.com/dream-lab': 'canva-dream-lab',
      'https://www.google.com/shopping/tryon?q=x': 'google-shopping-try-on',
      'https://www.wolfram.com/notebook-assistant-llm-kit/': 'wolfram-notebook-assistant',
      'https://vimeo.com/features/ai-translation': 'vimeo-ai',
      'https://health.amazon.com/prime/onemedical/membership/health-ai/': 'one-medical-health-ai',
      'https://agents.privacy.com/': 'privacy-com-agents',
      'https://vanish.startpage.com/': 'startpage-vanish',
      'https://unmute.sh/': 'kyutai-unmute',
      // Second hosts added to existing entries.
      'https://www.shopify.com/sidekick': 'shopify-magic',
      'https://workspace.google.com/products/notebooklm': 'notebooklm',
      'https://github.com/github-copilot/pro': 'github-copilot',
      'https://github.com/settings/copilot/features': 'github-copilot',
      'https://console.cloud.google.com/agent-platform/studio/settings/api-keys': 'vertex-ai',
    };
    for (const [url, toolId] of Object.entries(expected)) expect(classifyUrl(url)?.toolId, url).toBe(toolId);
  });
});
