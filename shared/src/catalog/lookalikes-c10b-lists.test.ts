// Traps beside the hosts the tenth pass's second list helper took from dair-ai/Prompt-Engineering-Guide,
// promptslab/Awesome-Prompt-Engineering, textsight/awesome-ai-detection, punkpeye/awesome-mcp-clients and
// deepseek-ai/awesome-deepseek-integration (data/long-tail-c10b-lists*.ts), and beside a list it read and did not use
// (taskade/awesome-vibe-coding): the general no-code, backend, hosting and scraping platforms and general software those
// lists name beside AI tools (their AI is a feature), plagiarism suites and their non-AI pages, a price comparison, a
// shared-platform copy of a prompt tool, and the parent sites of the new subdomain and URL-prefix claims. Every one must
// stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_SITES_LISTED_BESIDE_AI = [
  'bubble.io', // no-code and website builders with an AI feature
  'webflow.com',
  'www.builder.io',
  'www.softr.io',
  'www.glideapps.com',
  'www.adalo.com',
  'www.framer.com',
  'www.wix.com',
  'www.hostinger.com',
  'www.make.com', // automation platforms
  'zapier.com',
  'supabase.com', // databases and backends "with AI queries"
  'neon.tech',
  'xata.io',
  'www.convex.dev',
  'planetscale.com',
  'firebase.google.com',
  'wasp-lang.dev', // web frameworks
  'create.t3.gg',
  'www.turnitin.com/solutions/topics/ai-writing', // a plagiarism suite's AI-writing page
  'pricepertoken.com', // an LLM price comparison
  'metaprompt.vercel.app', // a prompt tool on a shared platform
  'www.turnitin.com', // plagiarism suites (their AI-detector pages are claimed as URL prefixes where listed)
  'www.compilatio.net',
  'plagiarismcheck.org',
  'plagiarismcheck.org/plagiarism-checker',
  'www.quetext.com',
];

const PARENTS_AND_SIBLINGS = [
  'tools.saxifrage.xyz',
  'tools.saxifrage.xyz/utm',
  'saxifrage.xyz',
  'www.saxifrage.xyz',
];

describe('look-alikes beside the tenth pass (second list helper)', () => {
  it('leaves general sites and parents unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_LISTED_BESIDE_AI, ...PARENTS_AND_SIBLINGS]);
  });

  it('still finds the AI tools beside them', () => {
    const expected: Record<string, string> = {
      'https://tools.saxifrage.xyz/prompt': 'saxifrage-visual-prompt-builder',
      'https://langbear.runbear.io/': 'langbear',
      'https://promptmetheus.com/': 'promptmetheus',
      'https://www.promptotype.io/': 'promptotype',
      'https://novix.science/chat': 'novix-science',
      'https://plagiarismcheck.org/ai-detector/': 'plagiarismcheck-tracegpt',
      'https://www.quetext.com/ai-detector': 'quetext-ai-detector',
      'https://seekrays.com/chat/': 'seekchat',
      'https://jintongshu.com/solutions/agent/': 'carrotai-jintongshu',
      'https://docs.praison.ai/': 'praisonai',
      'https://ttm.financial/gpt': 'tigergpt',
      'https://codecompanion.olimorris.dev/installation.html': 'codecompanion-nvim',
      'https://python.useinstructor.com/': 'instructor-llm',
    };
    expectEachClassifiedAs(expected);
  });
});
