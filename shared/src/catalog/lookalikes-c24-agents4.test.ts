// Traps beside the rows the twenty-fourth session's fourth agents pass added (data/long-tail-c24-agents4.ts): the
// ordinary sites next to each kind of agent it added (email marketing and help desks, messaging apps and hosting,
// proposal and procurement bodies, newswires and podcast directories, SEO suites, test frameworks and databases,
// Instagram and dating apps, the federal contracting portal, college-sports bodies and recruiting services, car
// marketplaces, wedding marketplaces, job boards and an ATS, bookkeeping software), the parent of the claimed
// subdomain, the shared-platform copies, template hosts and left-out hosts the pass read, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry.
// Twenty-eighth session, leads10 pass: agentcall.co/privacy is no longer trapped. AgentCall is listed now (data/long-
// tail-c28-leads10.ts) from its own terms (agentcall.co/terms), which describe AI voice calls an AI handles
// autonomously, inbound AI voice agents and generated call summaries.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24Agents4Tools } from './data/long-tail-c24-agents4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://mailchimp.com/', // email marketing, beside the AI cold-email platform
  'https://www.zendesk.com/', // a help desk, beside the AI support agents for Gmail
  'https://telegram.org/', // a messaging app, beside the managed OpenClaw assistants
  'https://discord.com/', // a messaging app, beside the managed OpenClaw assistants
  'https://www.hetzner.com/', // a hosting provider, beside the managed agent hosting
  'https://www.apmp.org/', // the proposal managers' association, beside the RFP drafting engine
  'https://www.prnewswire.com/', // a newswire, beside the AI press-release service
  'https://www.listennotes.com/', // a podcast directory, beside the podcast-pitch marketplace
  'https://www.semrush.com/', // an SEO suite, beside the link-building agent
  'https://playwright.dev/', // a test framework, beside the AI QA agent
  'https://www.selenium.dev/', // a test framework, beside the AI QA agent
  'https://www.postgresql.org/', // a database, beside the AI data analyst
  'https://www.actian.com/', // a data-management company whose docs mirror Wobby's page
  'https://www.instagram.com/', // the social network the AI matchmaker works on
  'https://tinder.com/', // a dating app, beside the AI-agent dating app
  'https://hinge.co/', // a dating app, beside the AI-agent dating app
  'https://sam.gov/', // the federal contracting portal, beside the government-contracting platform
  'https://www.gsa.gov/', // the GSA, beside the government-contracting platform
  'https://www.ncaa.org/', // the NCAA, beside the sports recruiting platform
  'https://www.ncsasports.org/', // a recruiting service, beside the sports recruiting platform
  'https://www.cars.com/', // a car marketplace, beside the dealers' AI chat
  'https://www.autotrader.com/', // a car marketplace, beside the dealers' AI chat
  'https://www.theknot.com/', // a wedding marketplace, beside the wedding concierges
  'https://www.zola.com/', // a wedding marketplace, beside the wedding concierges
  'https://www.indeed.com/', // a job board, beside the recruitment platform
  'https://www.greenhouse.com/', // an ATS, beside the recruitment platform
  'https://quickbooks.intuit.com/', // bookkeeping software, beside the bookkeepers' tools
  'https://dev.to/airtruffle/conversational-ai-in-online-travel-agencies-beyond-traditional-chatbots-1280', // an article
  'https://slack.com/marketplace/A07R0NR14BU-kindred-minds', // a listing on a general platform
];

const PARENTS = [
  'https://ronindatasolutions.com/', // the parent of the claimed finops. subdomain
  'https://www.ronindatasolutions.com/', // the parent of the claimed finops. subdomain
];

const SHARED_PLATFORMS = [
  'https://hireai-frontend.vercel.app/terms', // HireAI's terms on a shared platform
  'https://assistant-2d7.pages.dev/privacy', // an assistant's policy on a shared platform
  'https://recruitiq-app.pages.dev/privacy.html', // SelfRecruit.me's policy on a shared platform
  'https://chen-1912.github.io/Browser-Copilot/privacy-policy.html', // a browser extension's policy on github.io
  'https://hoomanjaka.github.io/sam-gov-copilot-privacy/', // an extension's policy on github.io
  'https://staging-influencers.openmined.org/privacy', // a staging host
  'https://www.bookiva.themesforwebsite.com/privacy', // a "Legal Review Required" template on a theme demo host
  'https://aiworkforce.app.agipro.dev/terms', // "[[COMPANY_LEGAL_NAME]]" placeholders on a dev host
];

const LEFT_OUT = [
  'https://www.selvion.io/privacy', // a CRM whose AI writes sales emails, one feature
  'https://www.repliably.com/privacy', // an email sequencer whose policy does not say AI
  'https://docs.themesic.com/docs/leadhub-saas/ai/ai-sdr', // a CRM script's AI SDR feature
  'https://docs.revenuesol.com/ai/ai-credits', // "AI Employee" credits on a platform not read further (a lead)
  'http://aiployees.com/term-conditions/', // terms that do not describe a product (a lead)
  'https://www.huffmanai.com/terms.html', // custom done-for-you AI employee engagements
  'https://inboxagents.ai/terms-and-conditions', // terms that say AI only in compliance clauses
  'https://docs.miteos.com/verticals/email', // email-agent docs that do not say AI
  'https://multipowerai.com/acceptable-use', // identity, payments and skills for agents, not an AI tool itself
  'https://loomal.ai/use-cases/ai-carrier-booking', // mail and vault APIs for agents
  'https://myagentguard.com/terms', // agent-commerce middleware
  'https://www.automatedcommerce.ai/policies/terms-of-service-policy', // a Shopify product platform, AI one feature
  'https://aivendorpacket.com/use-cases/ai-vendor-risk-assessment', // a page that does not say the product uses AI
  'https://govprocurementai.com/privacy', // a summary policy naming models only in a disclaimer (a lead)
  'https://freematrix.govdraft.com/privacy', // proposal drafting whose policy does not say AI
  'https://samgovbidfinder.com/privacy', // an opportunity-alert extension, no AI
  'https://podpitch.com/terms', // podcast pitching whose terms do not say AI
  'https://influoai.co/en/privacy', // an influencer marketplace whose policy does not say AI
  'https://offersecured.com/privacy', // a recruiting platform with "automated systems", not AI
  'https://www.athletebound.com/privacy', // a recruiting platform where AI is one possible feature
  'https://wiathlete.com/recruiter/faq', // a recruiting platform, no AI
  'https://negoshify.com/privacy', // a vehicle-reservation service with an MCP server
  'https://theconciergeauto.com/privacystatement', // a human car-buying negotiation service
  'https://betterplanner.co/privacy', // a wedding app with an in-app assistant as one feature
  'https://www.aoagents.it/it/privacy', // a policy that does not say what the service does with AI
  'https://cloudnsite.com/blog/ai-agents-freight-brokers-load-management', // an agency's blog
  'https://spendsignoff.com/guides/ai-advertising', // an ad operator seen only in its guide (a lead)
  'https://baudex.ai/privacy', // a policy that speaks of prompts and output only (a lead)
  'https://usovdigital.com/privacy/ai-bookkeeping/', // an app developer's site, the app on no host of its own
  'https://agorum.com/documentation/datenschutz-hinweise.html', // a document suite's AI interface, one feature
  'https://www.moneycloud.be/algemene-voorwaarden', // invoicing software, no AI
  'https://app.shopingclaws.xyz/policy', // a bot marketplace's policy
  'https://www.trail-ml.com/ai-use-cases/soc-analyst-agent', // an AI-governance use-case library
  'https://callagent007.com/?p=3', // a `?p=` page
  'https://hurma.work/?p=36583', // a `?p=` page of an HR suite
];

const NAMESAKES = [
  'https://www.wobby.com/', // beside Wobby (wobby.ai)
  'https://www.zibble.com/', // beside Zibble (zibble.pro)
  'https://www.letsmatch.com/', // beside LetsMatch (letsmatch.ai)
  'https://www.medialyst.com/', // beside Medialyst (medialyst.ai)
  'https://www.mojar.com/', // beside Mojar (mojar.ai)
  'https://www.autonoma.com/', // beside Autonoma (getautonoma.com)
  'https://www.cargenius.com/', // beside Car Genius AI (cargenius.ai)
  'https://www.athly.com/', // beside Athly AI (athlyai.com)
  'https://www.aurahire.com/', // beside AuraHire (aurahire.site)
  'https://www.pitchbud.com/', // beside PitchBud.io (pitchbud.io)
  'https://www.emailsupport.com/', // beside EmailSupportAI (emailsupportai.com)
  'https://www.luvvyduvvy.co.uk/', // beside Luvvy Duvvy (luvvyduvvy.com)
];

describe('twenty-fourth-session agents4 traps', () => {
  it('adds 20 rows, each with one domain and no prefix, in the global region', () => {
    expect(longTailC24Agents4Tools.length).toBe(20);
    expect(longTailC24Agents4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC24Agents4Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24Agents4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24Agents4Tools));
    expectEachClassifiedAs({
      'https://www.getautonoma.com/blog/agentic-qa-what-changes-when-tests-write-themselves': 'autonoma',
      'https://www.mojar.ai/blog/marketing-sales/ai-rfp-proposal-drafting-engine.md': 'mojar',
      'https://www.mvsagents.ai/docs/api': 'agenthub-mvs',
      'https://www.sendlume.com/privacypolicy': 'sendlume',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
