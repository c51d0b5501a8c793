// Traps beside the rows the twenty-seventh session's `changelog` pass added (data/long-tail-c27-changelog.ts): the
// ordinary sites next to each kind of AI tool it added (CRMs and mail beside Paitho, publishing and search consoles
// beside SyncSEO, learning platforms and gradebooks beside the tutors, scholarly search beside Trovella, webtoon and
// portal sites beside Playtoon and the companions, design and stock sites beside Brandity, lab notebooks beside Bower,
// Napster's own music host and API marketplaces beside the developer platforms), the shared-platform copies, demo and
// left-out hosts the pass read, and namesakes of the new entries. None of them may classify; every new host must reach
// its own entry.
// c27 leads9 (2026-12-07): the staging.vlogme.ai/glossary trap went: vlogme.ai, this pass's lead, is now listed (`vlogme`, from its own API docs) and its staging host is the same product's.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27ChangelogTools } from './data/long-tail-c27-changelog';

const GENERAL_SITES = [
  'https://www.hubspot.com/', // a CRM, beside Paitho
  'https://www.salesforce.com/', // a CRM, beside Paitho
  'https://www.apollo.io/', // a prospecting database, beside Paitho
  'https://www.gmail.com/', // the mailbox the drafts go to
  'https://wordpress.org/', // a publishing platform, beside SyncSEO
  'https://search.google.com/search-console', // the search console, beside SyncSEO
  'https://www.ahrefs.com/', // an SEO suite, beside SyncSEO
  'https://www.khanacademy.org/', // a learning platform, beside the tutors
  'https://quizlet.com/', // flashcards, beside Tutor Volt
  'https://www.ixl.com/', // practice platform, beside the tutors
  'https://www.instructure.com/', // an LMS, beside Classwise
  'https://www.gradescope.com/', // a grading platform, beside Classwise
  'https://scholar.google.com/', // scholarly search, beside Trovella
  'https://www.semanticscholar.org/', // scholarly search, beside Trovella
  'https://www.webtoons.com/', // a webtoon platform, beside Playtoon
  'https://www.naver.com/', // a portal, beside Playtoon
  'https://www.canva.com/', // a design platform, beside Brandity
  'https://www.shutterstock.com/', // a stock-image site, beside Brandity
  'https://www.benchling.com/', // a lab notebook, beside Bower
  'https://www.labarchives.com/', // a lab notebook, beside Bower
  'https://www.napster.com/', // Napster's own host, left to its music service
  'https://napster.com/', // Napster's own host, left to its music service
  'https://rapidapi.com/', // an API marketplace, beside defapi
  'https://www.postman.com/', // an API tool, beside the developer platforms
];

const SHARED_PLATFORMS = [
  'https://queuestorm-nine.vercel.app/', // a support copilot demo on a shared platform
  'https://web-tau-bice-50.vercel.app/item/43427525', // a forum mirror on a shared platform
  'https://technews-remix.vercel.app/', // a news board on a shared platform
  'https://neuroana.pages.dev/blog/machine-learning-behind-ai-headshots.html', // a headshot blog on a shared platform
  'https://aiagentautomation.pages.dev/blog/automating-legal-contract-review-with-gpt-5-a-complete-guide-for-developers-tech/', // a guide on a shared platform
  'https://welcome-b52.pages.dev/posts/2025/12/claude-agent-changelog', // a changelog essay on a shared platform
  'https://maitrisheartcom-hash-cloudflare-pages.pages.dev/posts/a-quiet-checklist-for-private-ai-companion-chats.html', // a companion essay on a shared platform
  'https://scaleborg.mintlify.app/architecture/model-provider-matrix', // docs on a shared platform
  'https://reminipro.hashnode.dev/ai-photo-enhancement', // a blog on a shared platform
  'https://morningstar-developments.gitbook.io/morningstar-docs/morningstar-neuroscience-research-docs/docs/integration/changelog-integration', // docs on a shared platform
];

const LEFT_OUT = [
  'https://promptcompiled.growthsolv.com/ai-image-generator', // an image-generator shell with no model yet
  'https://softcorner.co/features/memory', // a page that does not say AI
  'https://docs.getcore.me/skills/user_changelog', // a skill page that does not say AI
  'https://www.chaegim.com/blog/category/engineering', // a blog index, perhaps personal
  'https://playyy.ai/blog/what-is-brand-identity', // a brand-identity essay
  'https://www.mosaiclearn.dev/dictionary/model', // a dictionary page
  'https://help.neetorecord.com/articles/how-we-generate-transcripts-titles-and-summaries', // a screen recorder's help
  'https://docs.salesos.org/user-guide/smart-email', // a sales suite's AI feature
  'https://arborslate.com/help/using-the-ai-tutor', // a homeschool planner's AI tutor
  'https://www.careersolutionsfortoday.com/resumebuilder.html', // a career service's resume builder
  'https://get.slidemagic.com/blog', // a presentation platform's blog
  'https://sendoracloud.com/changelog/chatbot-drop-in-chat-bundle', // a customer platform's changelog
  'https://docs.1stream.com/en_US/ai-receptionist/configuring-ai-receptionist', // a phone system's help
  'https://wa.offerbeat.com/Documentation/pages/ai/ai-training.html', // WhatsApp marketing docs
  'https://docs.intunedhq.com/automation-sdks/intuned-sdk/ai-extractors/interfaces/MarkdownFileStrategy', // browser automation docs
  'https://www.contentharmony.com/updates/refresh-credits-and-billing-portal', // a billing update
  'https://nextsaas.ai/changelog/2026-01-20-image-generation', // a SaaS boilerplate's changelog
  'https://www.tigmi.co/glossary/diffusion-model', // a glossary (left out before by c22 design2)
  'https://www.assembled.com/blog/migrating-to-gpt-4o-how-assembled-achieved-rapid-transition', // a support-operations suite's post
  'https://theeazyware.com/blog/ai-changelog-patterns', // an agency's post
  'https://releasedgroup.com/blog/openai-realtime-voice-agents.html', // an agency's post
  'https://cloudradix.com/blog/fort-wayne-ai-phone-agents-reasoning-voice-orchestration-2026/', // an IT company's post
  'https://www.forasoft.com/learn/ai-for-video-engineering/articles-ai/tavus-heygen-synthesia-lip-sync-avatars-production', // an agency's lesson
  'https://blog.softup.co/resumegpt-enhancing-job-seekers-journey-through-ai/', // an agency's internal project
  'https://www.ownyourai.com/ai-tool-for-room-decoration-harnessing-diffusion-model-for-interior-design', // a consultancy's summary
  'https://aiwiki.ai/wiki/ai_video_generation/raw', // a wiki
  'https://llmbase.ai/news/openai-support-model-how-openai-rebuilt-customer-service-with-ai-agents', // news
  'https://setupai.cc/update/lyria-3-405fc060', // news
  'https://www.unfragile.ai/compare/openai-o3-deep-research-vs-ms-coco-common-objects-in-context', // a comparison directory
  'https://skillmd.ai/ja/skills/email-triage', // a skills directory
  'https://llmversus.com/architecture/email-message-composition', // a reference site
  'https://deepresearch.wiki/report/openai-deepresearch-technical-overview-cg3y43xakhtn4yfvd1qa6my9', // published reports
  'https://www.suno.wiki/faq/making-music/', // a fan wiki beside Suno
  'https://ai.yaofun.top/openai/o3-deep-research/activity', // a copy of a model router's page
  'https://sij.ai/sij/khoj/commits/commit/f5734826cb497b201c57f8d593077381a904b051/tests/test_openai_chat_actors.py', // a git mirror
  'https://git.dingguofeng.com/dgf1988/codewhale/commit/b7bd02d814a48bdaed7713efcf7bf28807ebebb6?files=docs%2FARCHITECTURE.md', // a git mirror
];

const NAMESAKES = [
  'https://www.paitho.com/', // beside Paitho (paitho.ai)
  'https://www.syncseo.com/', // beside SyncSEO (syncseo.io)
  'https://www.tutorvolt.com/', // beside Tutor Volt (tutorvolt.ai)
  'https://www.evenfield.com/', // beside Evenfield (evenfield.io)
  'https://jonomor.com/', // Evenfield's maker, not read
  'https://www.classwise.com/', // beside Classwise (classwise.ai)
  'https://www.trovella.com/', // beside Trovella (trovella.ai)
  'https://www.playtoon.com/', // beside Playtoon (plaitoon.com)
  'https://www.soulpal.com/', // beside SoulPal (soulpal.flyai.shop)
  'https://flyai.shop/', // SoulPal's parent host, not read
  'https://www.chatsmith.com/', // beside Chat Smith (chatsmith.io)
  'https://www.brandity.com/', // beside Brandity (brandity.ai)
  'https://bowerlabs.com/', // beside Bower (bowerlabs.ai)
  'https://www.bower.com/', // beside Bower (bowerlabs.ai)
  'https://www.defapi.com/', // beside defapi (defapi.org)
];

describe('twenty-seventh-session changelog traps', () => {
  it('adds 13 rows, each with one domain and no prefix', () => {
    expect(longTailC27ChangelogTools.length).toBe(13);
    expect(longTailC27ChangelogTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27ChangelogTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27ChangelogTools));
    expectEachClassifiedAs({
      'https://www.paitho.ai/': 'paitho',
      'https://www.tutorvolt.ai/': 'tutor-volt',
      'https://evenfield.io/': 'evenfield',
      'https://classwise.ai/': 'classwise',
      'https://www.trovella.ai/': 'trovella',
      'https://plaitoon.com/': 'playtoon',
      'https://www.chatsmith.io/': 'chat-smith',
      'https://www.brandity.ai/': 'brandity',
      'https://bowerlabs.ai/': 'bower-labs',
      'https://developers.napster.com/': 'napster-developers',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
