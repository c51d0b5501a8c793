// Traps beside the rows the twenty-seventh session's fifth agents pass added (data/long-tail-c27-agents5.ts): the
// ordinary sites next to each kind of agent it added (job boards and freelance marketplaces beside the proposal agents,
// PSA and help-desk suites beside the MSP pod, the realtors' bodies and transaction tools beside the transaction
// coordinator, e-mail and telephony providers beside the German inbox and phone agents, payments and trade bodies
// beside the trades bots), the shared-platform copies, placeholders, agencies and left-out hosts the pass read, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Agents5Tools } from './data/long-tail-c27-agents5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.upwork.com/', // the freelance marketplace Scout4Work and BidScout work on
  'https://www.upwork.com/nx/find-work/best-matches', // the job feed the proposal agents read
  'https://www.fiverr.com/', // another freelance marketplace
  'https://www.freelancer.com/', // another freelance marketplace
  'https://www.connectwise.com/', // the PSA suite JieGou's pod lives in (its blog was met)
  'https://www.connectwise.com/blog/agentic-ai-is-not-a-single-agent', // the suite's own agentic-AI post, met
  'https://www.kaseya.com/', // Autotask's owner, beside the MSP pod
  'https://www.nar.realtor/', // the realtors' association, beside ListedKit
  'https://www.docusign.com/', // e-signature in the transaction workflow
  'https://www.dotloop.com/', // a transaction-management tool, beside ListedKit
  'https://www.linkedin.com/', // candidate sourcing, beside PerfectRecruit
  'https://www.indeed.com/', // a job board named in PerfectRecruit's policy
  'https://stackoverflow.com/', // a profile source named in PerfectRecruit's policy
  'https://www.gmx.net/', // a German mail provider, beside InboxRobot and MailAgent AI
  'https://www.web.de/', // a German mail provider
  'https://www.ionos.de/', // a German host and mail provider
  'https://www.sipgate.de/', // German telephony, beside the phone agents
  'https://www.placetel.de/', // German cloud telephony
  'https://www.zdh.de/', // the German trades' central association, beside Handwerksbot and Anton
  'https://www.handwerk.de/', // the trades' public site
  'https://www.hwk-muenchen.de/', // a chamber of crafts
  'https://cal.eu/', // the booking tool Handwerksbot names
  'https://stripe.com/', // payments named in the policies
  'https://www.microsoft.com/de-de/microsoft-365/word', // the Word add-in host beside Paralegent
  'https://www.americanbar.org/', // the bar, beside Paralegent
  'https://www.encompass.com/', // a namesake of the mortgage LOS met in the searches
  'https://www.mba.org/', // the mortgage bankers, met in the searches
];

const SHARED_PLATFORMS = [
  'https://ag2trust-docs.pages.dev/guides/billing', // an agent platform's docs on a shared platform
  'https://meta-agent-platform.pages.dev/dev/marketplace-development', // as c26 found
  'https://xtweetly-agent.pages.dev/privacy', // an X reply agent on a shared platform
  'https://ki-entlastung.pages.dev/agb.html', // a German voice-agent service on a shared platform
  'https://xagent-api.furkanbeydemirr.workers.dev/privacy', // an X reply agent's API host
  'https://masadaqmk.github.io/upwork/privacy.html', // an Upwork extension's policy
  'https://iruochen.github.io/replyloom-site/privacy.html', // ReplyLoom's policy
  'https://conor-code.github.io/X-Reply-Assistant-Privacy', // an X reply extension's policy
  'https://v0-privacy-policy-generation-smoky.vercel.app/privacy', // ReplyPilot X's policy
  'https://upwork-proposal-writer-production.up.railway.app/privacy', // Approid Tech's API host (as c19 found)
  'https://koreai-ag-temp2.mintlify.app/agent-platform/agents/create-an-agent', // Kore.ai's docs preview
  'https://cxf.mintlify.app/en/orchestration/ai-agents', // a CX platform's docs preview
  'https://preview.sois.ai/resources/ai-credits-and-usage-based-pricing/', // a preview host (as c26 found)
];

const LEFT_OUT = [
  'https://getagentos.eu/terms', // "ID: [TBD]"
  'https://ai.senorit.de/agb', // "Gerichtsstand ist [Stadt]"
  'https://review-responder.eu/legal/privacy', // "Your Company, S.L."
  'https://ben-goodwin.com/healthcare-agent-privacy', // "[Company Name]" on a personal host
  'https://offered-jobs.com/?p=1467', // a `?p=` page
  'https://educationalengine.com/?p=993', // a `?p=` page
  'https://codeelevatorsolutions.com/?p=37536', // a `?p=` page
  'https://algos-ai.com/?p=157705', // a `?p=` page
  'https://www.finzcard.com/help-center/understanding-how-ai-cfo-works', // a card platform, AI one feature
  'https://docs.cxf.app/en/orchestration/ai-agents', // a CX platform, AI agents one section
  'https://docs.superwaba.com/ai-agents/credits', // a WhatsApp platform, AI one feature
  'https://docs.chargepanda.com/ai-agents/03-how-agents-work.html', // a SaaS kit's docs
  'https://www.priamed.com/privacy', // prior authorisation, AI not said
  'https://www.bearplex.com/services/autonomous-agents/legal', // an agency
  'https://www.theaidevelopment.com/resources/ai-agents-for-accounts-payable/', // an agency
  'https://brightlume.ai/blog/ai-agents-for-accounts-payable-automating-invoice-processing', // an agency's blog
  'https://gugubrand.com/real-estate-workflows/04-transaction-coord.html?lang=es', // an agency's workflow library
  'https://insightriot.com/portfolio/alert-review', // an agency's portfolio
  'https://intellivon.com/blogs/build-fintech-ai-aml-system/', // a development agency
  'https://oakenai.tech/industries/mortgage-brokers', // an agency
  'https://www.lowcode.agency/blog/ai-employee-for-mortgage-brokers', // an agency
  'https://ustechautomations.com/resources/blog/automate-entertainment-booking-confirmation-events-2026', // an agency
  'https://krawczyk.solutions/dashboards/dashboard-agent-metrics.html', // a consultant's dashboard
  'https://www.threeger.com.br/privacidade', // a consultancy
  'https://dkral.cz/vop/', // an automation freelancer
  'https://www.nexantera.com/de/agb', // an agency
  'https://www.sapius-ai.com/agb', // a done-for-you service
  'https://www.future-ops.io/agb', // an agency
  'https://www.fitterads.com/store/p/ki-oder-voice-paket-3', // a done-for-you bot package
  'https://locallr.com/politique-confidentialite', // an AI development agreement
  'https://vector-ai-agents.com/es/condiciones-generales/', // a reseller of another platform
  'https://mightybot.ai/blog/ai-agents-for-accounts-payable/', // a blog on AP agents in general
  'https://safebooks.ai/resources/financial-data-governance/ai-agents-for-accounts-payable-the-controllers-guide-to-autonomous-ap/', // a guide
  'https://ai-agent-ops.com/ai-in-business/accounts-payable-ai-agent', // a guide site
  'https://www.lava.so/blog/pricing-ai-agents', // a billing vendor's blog
  'https://agenbook.io/blog/ai-agent-pay-per-task', // an editorial blog
  'https://usagepricing.com/blueprint/billing-units/per-task-pricing', // a pricing directory
  'https://www.nexairi.com/article/Accounting/xero-quickbooks-ai-client-data-vendor-gate/', // a newsletter
  'https://www.prototipeai.com/posts/agente-de-ia-para-monitoramento-de-risco-de-credito', // a post on agents in general
  'https://talentsource.totumtechnologies.com/privacy-policy', // a policy that does not say AI
  'https://www.replymine.com/privacy', // a policy that does not say AI
  'https://www.freelancerllm.com/privacy.html', // AI only in the name
  'https://agregata.ai/cgvu', // terms that do not say AI
  'https://pilotfish.co.jp/terms-of-use', // a company host; terms that do not say what the AI does
  'https://agntia.com/politica-de-privacidade', // a policy that does not say AI
  'https://docs.taskpod.ai/api/credits/', // agent-marketplace billing only
  'https://docs.agentvault.chat/marketplace/publishing', // agent-marketplace listing docs only
  'https://api.agenttool.dev/public/marketplace/terms', // marketplace terms in JSON
  'https://docs.magnetlabs.xyz/tech-stack/agent-marketplace', // a crypto agent marketplace (as c26 found)
  'https://www.ailcs.net/en/legal/terms', // an agent-trading platform's terms
  'https://docs.nevermined.io/docs/getting-started/why/cost-mettering', // agent payments
  'https://bank.unsol.dev/divisions/fincrime', // a demo
  'https://siagents.ai/agents/aml-investigator-b5fd34', // an agent catalogue entry
  'https://www.2am-music.com/privacy', // an e-mail agent on a music company's host (a lead)
  'https://www.agentecology.com/legal/expert-creator-agreement', // a lead
  'https://help.indie.money/articles/7104264-how-billing-works', // a lead
  'https://openlaw.tech/terms-of-use-open-law-office-plug-in', // a lead
];

const NAMESAKES = [
  'https://www.triform.com/', // beside Triform (triform.ai)
  'https://www.oya.com/', // beside Oya (oya.ai)
  'https://www.anton.app/', // a learning app, beside Anton (meinanton.de)
  'https://www.anton.de/', // beside Anton (meinanton.de)
  'https://www.mailagent.de/', // beside MailAgent AI (mailagentai.de)
  'https://www.inbox-robot.com/', // beside InboxRobot (inboxrobot.de)
  'https://www.hotcalls.de/', // beside hotcalls.ai
  'https://www.work2.de/', // beside Work2Ai (work2ai.de)
  'https://www.handwerksbote.de/', // a trades newspaper, beside Handwerksbot
  'https://www.scout24.de/', // a classifieds group, beside Scout4Work
  'https://www.immobilienscout24.de/', // property classifieds, beside Scout4Work
  'https://www.bidscout.com/', // beside BidScout (bidscout.co)
  'https://www.listed.com/', // beside ListedKit (listedkit.com)
  'https://www.prodigy.com/', // beside Prodgy (prodgy.ai)
  'https://www.zihin.com/', // beside Zihin (zihin.ai)
  'https://www.perfectrecruit.com/', // beside PerfectRecruit (perfectrecruit.ai)
  'https://www.paralegal.com/', // beside Paralegent AI
];

describe('twenty-seventh-session agents5 traps', () => {
  it('adds 19 rows, each with one domain and no prefix; the German rows in europe, two Brazilian in latam', () => {
    expect(longTailC27Agents5Tools.length).toBe(19);
    expect(longTailC27Agents5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const europe = [
      'inboxrobot',
      'mailagentai-de',
      'fachagent',
      'handwerksbot',
      'hotcalls-ai',
      'anton-meinanton',
      'work2ai',
    ];
    expect(europe.every((id) => catalogRegion(id) === 'europe')).toBe(true);
    expect(['prodgy', 'aivax'].every((id) => catalogRegion(id) === 'latam')).toBe(true);
    expect(catalogRegion('zihin')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Agents5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Agents5Tools));
    expectEachClassifiedAs({
      'https://www.paralegent.ai/': 'paralegent-ai',
      'https://app.triform.ai/': 'triform',
      'https://listedkit.com/': 'listedkit',
      'https://www.jiegou.ai/': 'jiegou',
      'https://prodgy.ai/': 'prodgy',
      'https://aivax.net/': 'aivax',
      'https://app.inference.sh/agents': 'inference-sh',
      'https://www.oya.ai/': 'oya-ai',
      'https://www.scout4.work/': 'scout4work',
      'https://inboxrobot.de/blog/privacy-first-ki-e-mail-management?locale=de': 'inboxrobot',
      'https://mailagentai.de/': 'mailagentai-de',
      'https://fachagent.com/': 'fachagent',
      'https://www.hotcalls.ai/': 'hotcalls-ai',
      'https://meinanton.de/': 'anton-meinanton',
      'https://www.work2ai.de/': 'work2ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
