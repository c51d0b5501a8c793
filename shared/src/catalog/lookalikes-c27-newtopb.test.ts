// Traps beside the rows the twenty-seventh session's newtop pass B added (data/long-tail-c27-newtopb.ts): the ordinary
// sites next to each kind of AI tool it added (dating apps beside the AI matchmaker, messaging and anime sites beside
// the companion and roleplay chats, photo libraries beside the image tools, research-recruiting and survey sites
// beside the interview platform, SEO sites beside the AI-visibility tool, security and NLP sites beside the developer
// platforms), the shared-platform copies met, the left-out hosts the pass read, and namesakes. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27NewtopbTools } from './data/long-tail-c27-newtopb';

const GENERAL_SITES = [
  'https://www.match.com/', // a dating site, beside Keeper
  'https://hinge.co/', // a dating app, beside Keeper
  'https://tinder.com/', // a dating app, beside Keeper
  'https://www.whatsapp.com/', // messaging, beside the chat apps
  'https://discord.com/', // community chat, beside the companion and roleplay chats
  'https://myanimelist.net/', // an anime database, beside Isekai Zero
  'https://www.crunchyroll.com/', // anime streaming, beside Isekai Zero
  'https://unsplash.com/', // a photo library, beside LetzAI and Kaze
  'https://www.flickr.com/', // photo hosting, beside the image tools
  'https://www.pexels.com/', // a photo library, beside the image tools
  'https://www.userinterviews.com/', // research-participant recruiting, beside Listen Labs
  'https://www.surveymonkey.com/', // surveys, beside Listen Labs
  'https://calendly.com/', // scheduling, beside the research and assistant tools
  'https://moz.com/', // SEO software, beside Limy
  'https://searchengineland.com/', // search-marketing news, beside Limy
  'https://owasp.org/', // the application-security foundation, beside Invariant
  'https://snyk.io/', // a security company (Invariant Labs' acquirer), beside Invariant
  'https://spacy.io/', // an NLP library's site, beside Fastino's entity extraction
  'https://slack.com/', // workplace chat, beside elvex
  'https://www.intercom.com/', // customer messaging, beside the support assistants met
];

const SHARED_PLATFORMS = [
  'https://fastino-1.gitbook.io/docs/get-started/use-the-api', // Fastino's older docs on a shared platform
  'https://listenlabs-b8522a99.mintlify.app/setup-to-launch/fraud-prevention-and-quality-guard', // Listen Labs docs on a shared platform
  'https://the-coders-blog.pages.dev/fastino-labs-new-llms-under-the-hood-of-smaller-is-better/', // a blog about Fastino on a shared platform
  'https://invariantlabs-ai.github.io/docs/mcp-scan/guardrails-reference', // Invariant's docs mirror on a shared platform
];

const LEFT_OUT = [
  'https://help.heylibby.ai/Escalations-b2700f3a73a84a1084ef5236cd16c4aa', // settings that do not say AI
  'https://guide.floatchat.ai/docs/conversation-flow-paths/', // chatbot-builder guide that does not say AI
  'https://guide.floatchat.ai/users/', // chatbot-builder guide that does not say AI
  'https://blog.gaya.ai/blog/ai-automation-why-going-fast-at-all-cost-is-the-wrong-goal-for-insurance', // a post on AI in general
  'https://prod-api.gaya.ai/', // API reference that does not say AI
  'https://docs.keylabs.ai/how-to-manage/user-management/user-roles/worker', // annotation docs that do not say AI
  'https://gryphon.ai/the-lawsuit-starts-before-the-first-word-why-agentic-governance-must-begin-at-the-dial/', // a post on AI agents in general
  'https://www.hellodata.ai/help-articles/where-does-hellodata-get-effective-rents', // a rental-data platform (as the sixteenth session decided)
  'https://dspy.ai/', // framework documentation (as the tenth session decided)
  'https://docs.boltic.io/integrations/Copilot.Live/boltic_ai_agent', // another company's integration docs, beside Kaily
  'https://indemna.com/terms-and-conditions/', // an insurance-software company, not indemn.ai
  'https://meme-insider.com/en/article/exploring-farcade-the-ai-powered-gaming-revolution', // news about Farcade
  'https://www.meritt.io/resources/posts/jack-jill-dex-ai-recruitment', // a blog about Jack & Jill
];

const NAMESAKES = [
  'https://www.keepersecurity.com/', // a password manager, beside Keeper (keeper.ai)
  'https://www.evaair.com/', // an airline, beside EVA AI (evaapp.ai)
];

describe('twenty-seventh-session newtop B traps', () => {
  it('adds 11 rows, each with one domain and no prefix', () => {
    expect(longTailC27NewtopbTools.length).toBe(11);
    expect(longTailC27NewtopbTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27NewtopbTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27NewtopbTools));
    expectEachClassifiedAs({
      'https://api.letz.ai/doc': 'letzai',
      'https://backend.kaze.ai/api/ext/v1/get_quota': 'kaze-ai',
      'https://api.fastino.ai/gliner-2': 'fastino',
      'https://docs.isekaizero.ai/books/your-guide-to-isekai-zero/page/character-creation-guide':
        'isekai-zero',
      'https://www.elvex.ai/': 'elvex',
      'https://listenlabs.ai/articles/ai-moderated-vs-human-interviews/': 'listen-labs',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
