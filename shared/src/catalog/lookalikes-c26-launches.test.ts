// Traps beside the rows the twenty-sixth session's `launches` pass added (data/long-tail-c26-launches.ts): the ordinary
// sites next to each kind of AI tool it added (filings and market data beside the investment-research agents, chat and
// issue trackers beside the agent teams, the commerce platform beside ShopOS, case-law, document-management and bar
// sites beside Pollen8, flashcard and language sites beside StudyBits and Satur, video platforms beside Joyspace,
// furniture and home sites beside Decorous, dental bodies and practice software beside Axis, launch boards met in the
// searches), the shared-platform copies and left-out hosts the pass read, and namesakes of the new entries. None of
// them may classify; every new host must reach its own entry.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists ClipForge (clip-forge.io) from
// its post on its AI Hook Writer; the general-blog trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26LaunchesTools } from './data/long-tail-c26-launches';

const GENERAL_SITES = [
  'https://www.sec.gov/edgar/search/', // company filings, beside SignalInvest
  'https://finance.yahoo.com/', // market data, beside SignalInvest
  'https://www.investing.com/', // market news, beside SignalInvest
  'https://slack.com/', // where Stateful AI's agents take requests
  'https://linear.app/', // an issue tracker, beside the agent teams
  'https://www.shopify.com/', // the commerce platform ShopOS works on
  'https://www.courtlistener.com/', // the case-law source Pollen8 cites
  'https://www.imanage.com/', // a document-management system Pollen8 connects to
  'https://www.netdocuments.com/', // a document-management system Pollen8 connects to
  'https://www.americanbar.org/', // the bar association, beside Pollen8
  'https://quizlet.com/', // flashcards, beside StudyBits
  'https://ankiweb.net/', // spaced repetition, beside StudyBits
  'https://www.italki.com/', // human language tutors, beside Satur
  'https://www.youtube.com/shorts', // where Joyspace's clips are posted
  'https://www.tiktok.com/', // where Joyspace's clips are posted
  'https://www.houzz.com/', // home design, beside Decorous
  'https://www.ikea.com/', // furniture, beside Decorous
  'https://www.ada.org/', // the dental association, beside Axis
  'https://www.opendental.com/', // practice software Axis books into
  'https://www.dentrix.com/', // practice software Axis books into
  'https://www.producthunt.com/', // a launch board, a lead source only
  'https://news.ycombinator.com/', // a launch board, a lead source only
];

const SHARED_PLATFORMS = [
  'https://fleapo-marketplace-docs.pages.dev/flows/waitlist-signup', // a marketplace's waitlist docs on a shared platform
  'https://memoflow-web.pages.dev/en/help/ai-summary', // a memo app's help on a shared platform
  'https://blood-test-life.pages.dev/blog/life-ai-preventive-health-blood-ai-2026/', // a copy of blood-test.life's blog
  'https://overwise-website.pages.dev/blog/agentic-loop-decisions', // Overwise's post on a shared platform
  'https://buzzwisely-homepage.pages.dev/blog/how-does-ai-receptionist-work', // BuzzWisely's post on a shared platform
  'https://deckpilot.pages.dev/guides/ai-presentation-generation-explained/', // a guide on a shared platform
  'https://ideablueprint.pages.dev/blueprints/ai-research-assistant/', // a build blueprint on a shared platform
  'https://restaurant-revolution-docs-dev.pages.dev/customer/ordering/phone-ordering', // dev docs on a shared platform
  'https://ai-pr-reviewer-workflow.pages.dev/', // a team's rollout page on a shared platform
  'https://inhabit.polsia.app/blog/building-inhabit', // Inhabit on a shared app platform
  'https://jsonify.github.io/noted/posts/ai-summarization', // an extension's docs on a shared platform
  'https://limecloud.github.io/agentruntime/en/versions/v0.3.0/overview', // a spec on a shared platform
  'https://hashnode-hub.vercel.app/posts/687e7e396f8e0e29bcfb545d', // a blog copy on a shared platform
  'https://itsthien.neocities.org/travelagent.html', // a student page on a shared platform
  'https://devpost.com/software/voice-booking-agent', // a hackathon entry
];

const LEFT_OUT = [
  'https://knowledge.casepal.co/guides/agentic-legal-research', // a research guide that does not say AI in the part read
  'https://ai.tutorial.app/privacy', // a policy that does not say AI in the part read
  'https://leapskill.ai/blogs/the-ultimate-guide-to-ai-tutors-how-personalized-learning-is-transforming-education', // a general guide
  'https://www.lamplit.ai/de/blog/ai-powered-wellness', // a general blog
  'https://gaga.art/blog/songgeneration-2', // a blog on another company's model (Gaga AI stays a lead)
  'https://orbdoc.com/learn/how-ai-medical-scribes-work', // an explainer that does not name its product
  'https://gravity.fast/blog/ai-agents-for-bookkeepers/', // a general blog
  'https://app.getbased.health/docs/guide/ai-chat.html', // a lab tracker with an AI chat panel
  'https://arborslate.com/help/using-the-ai-tutor', // a homeschool planner with an AI tutor
  'https://memoflow.hzc073.com/en/help/ai-summary', // a memo app's AI summary
  'https://synalux.ai/docs/pos/ai-ordering', // a POS with AI ordering
  'https://originchain.ai/product/ask', // a managed database with an ask endpoint
  'https://docs.themesic.com/docs/leadhub-saas/ai/ai-sdr', // a CRM script's AI SDR
  'https://joingerald.com/learn/financial-wellness/how-ai-personal-finance-software-works', // cash advances
  'https://help.coodesh.com/en/articles/14452435-ai-conversational-interview-voice-call-mode', // a hiring platform
  'https://www.pmapstest.com/blog/what-is-ai-voice-interview', // an assessment platform
  'https://docs.xpec.ai/docs/beta-program/overview', // a beta programme that does not say what the product is
  'https://sdk.cloudhands.ai/docs/api/returns-beta-program-status-flags-and-if-authenticated-the-users-cohort-membership', // a credits API
  'https://docs.chronary.ai/api-reference/waitlist/', // a waitlist API
  'https://modyl.to/api/waitlist', // a waitlist API
  'https://prom13us.com/waitlist-faq.md', // a game played by users' agents
  'https://orqesta.ai/app/outreach', // an outreach page with sending off
  'https://annelia.in/how-it-works', // a draft with placeholders
  'https://xiaotunqifu.com/en/solutions/ai-health', // an agency
  'https://www.segment360.com/blog/dental-front-desk-lessons', // an agency
  'https://juscoding.com/what-an-ai-receptionist-actually-says', // a consultant
  'https://www.kfs.hr/ai-automation', // an agency
  'https://sdlc.theagilemonkeys.com/', // a consultancy's report
  'https://www.laserowl.io/design-partner', // a design-partner page
  'https://attentions.ai/whitepapers/clinical-scribe', // an enterprise builder's whitepaper
  'https://fordelstudios.com/agents/clinical-documentation-agent', // a studio
  'https://www.csharptek.com/blog/ai-medical-scribe-azure-openai', // an agency
  'https://www.forasoft.com/blog/article/ai-scribe-architecture-ambient-documentation-2026', // an agency
  'https://www.clvrsolutions.ai/articles/04-your-shopify-store-should-have-a-conversation', // a consultancy
  'https://projectsupply.in/blog/shopify-ai-agents-d2c-operations', // an agency
  'https://avyukta.in/ai-expertise/chat-with-database', // an agency
  'https://www.botonomy.ai/blog/automation/ai-powered-research-assistant/', // an agency's blog
  'https://workflowstackai.com/workflows/ai-bookkeeping-categorization-agent', // a directory of workflows
  'https://www.unfragile.ai/compare/datalang-vs-llamaindex', // a comparison directory
  'https://llmversus.com/architecture/sales-outreach-agent', // a reference site
  'https://aifindsreviewed.com/reviews/research-assistant-evaluation', // a review site
  'https://www.pineneedle.ai/reports/law-firms/2026-02-27', // a news brief
  'https://agentmodeai.com/operators/ai-bookkeeping-agents-small-business/', // news and advice
  'https://exponentialbuilder.com/use-cases/included-health-clinical-team-included-health', // a use-case site
  'https://mikehamata.com/work/dentinflow', // a builder's portfolio (DentinFlow: a lead)
  'https://www.koushith.in/blog/how-i-built-roomcraftAI', // a builder's blog (RoomCraftAI: a lead)
  'https://www.ankitb.xyz/projects/podclip', // a builder's portfolio
  'https://khoa.work/work/product-helper', // a builder's portfolio
  'https://www.usamaqamar.space/work/ai-personal-finance-app', // a builder's portfolio
  'https://www.matthewperez.com/projects/triage-bot', // a builder's portfolio
];

const NAMESAKES = [
  'https://www.signalinvest.com/', // beside SignalInvest (signalinvest.ai)
  'https://www.zeroth.com/', // beside The Zeroth (the-zeroth.com)
  'https://www.stateful.com/', // beside Stateful AI (stateful-ai.com)
  'https://www.shopos.com/', // beside ShopOS (shopos.ai)
  'https://www.pollen8.com/', // beside Pollen8 (pollen8.ai)
  'https://www.studybits.com/', // beside StudyBits (studybits.ai)
  'https://www.satur.com/', // beside Satur (satur.app)
  'https://www.joyspace.com/', // beside Joyspace AI (joyspace.ai)
  'https://www.decorous.com/', // beside Decorous (decorous.app)
  'https://www.axis.com/', // Axis Communications, beside Axis (useaxis.app)
  'https://www.duolingo.com/', // a language app met beside Satur
];

describe('twenty-sixth-session launches traps', () => {
  it('adds 10 rows with no prefix, one domain each but Pollen8', () => {
    expect(longTailC26LaunchesTools.length).toBe(10);
    expect(longTailC26LaunchesTools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC26LaunchesTools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual([
      'pollen8-legal',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26LaunchesTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26LaunchesTools));
    expectEachClassifiedAs({
      'https://signalinvest.ai/': 'signalinvest',
      'https://docs.pollen8.ai/legal/overview': 'pollen8-legal',
      'https://docs.pollenix.ai/legal/assistant/': 'pollen8-legal',
      'https://www.shopos.ai/': 'shopos',
      'https://www.useaxis.app/': 'axis-ai-receptionist',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
