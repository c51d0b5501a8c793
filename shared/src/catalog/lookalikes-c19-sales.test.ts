// Traps beside the rows the nineteenth session's sales pass added (data/long-tail-c19-sales.ts): the ordinary sites next
// to each kind of AI sales tool (a human SDR agency, freelance and professional networks, contact data, proposals and
// deck sharing, meeting booking, a public-tender portal), the parents of the claimed subdomains and URL prefixes, the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None
// of them may classify; every new host must reach its own entry.
// At the twenty-fourth session: www.mojar.ai (Mojar) was listed from the vendor's own post on its AI drafting
// engine (data/long-tail-c24-agents4.ts), so its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19SalesTools } from './data/long-tail-c19-sales';

const GENERAL_SITES = [
  'https://www.thebdrs.com/terms_of_service', // SDRs who are people, beside the AI SDRs
  'https://www.upwork.com/', // the freelance marketplace, beside the AI Upwork proposal writers
  'https://www.linkedin.com/', // the network itself, beside the AI LinkedIn message writers
  'https://www.zoominfo.com/', // contact data, beside the AI lead research tools
  'https://www.pandadoc.com/', // proposal documents, beside the AI proposal writers
  'https://www.docsend.com/', // deck sharing, beside the AI demo and presentation agents
  'https://calendly.com/', // meeting booking, beside the AI agents that book meetings
  'https://pncp.gov.br/', // Brazil's public-tender portal, the data source compras.bot reads
];

const PARENTS = [
  'https://nextbizness.com/', // parent of linkedin-assistant.nextbizness.com, claimed alone
  'https://techerd.com/', // parent of ailinkedin.techerd.com, claimed alone
  'https://papatiger.tech/', // parent of icebreakerai.papatiger.tech, claimed alone
  'https://innovage.io/', // parent of upwork-helper.innovage.io, claimed alone
  'https://approidtech.com/', // Approid Tech's company site; only its Upwork writer's path is claimed
  'https://approidtech.com/ai-proposal-writer-for-upwork-old', // a sibling path, not a whole segment match
  'https://alva.company/', // Alva's company site; only /ai-ops is claimed
  'https://alva.company/recruit', // another section of Alva's site
];

const SHARED_PLATFORMS = [
  'https://ai-email-writer-dzv.pages.dev/privacy/', // an email writer's placeholder policy on pages.dev
  'https://maxnieuwenhuijs.github.io/LinkedIn-CoPilot/privacy-policy.html', // a LinkedIn extension on github.io
  'https://fineanmol.github.io/linkedin-ai-reply/privacy-policy.html', // a LinkedIn reply extension on github.io
  'https://leadlink-ai.github.io/leadlink-ai-docs/privacy-policy.markdown', // a lead extension on github.io
  'https://linkedinautoreply.codewords.run/data-policy', // a LinkedIn auto-responder on a workflow host
  'https://linkedin-reply.azurewebsites.net/privacy', // a LinkedIn reply extension on azurewebsites.net
  'https://connecto-snowy.vercel.app/termini-utilizzo', // a LinkedIn outreach tool on vercel.app
  'https://leadgenaisuitewebsite7.pages.dev/training/ai-followup/reply-handling-and-routing', // a lead-gen suite on pages.dev
  'https://livesuggest-web.pages.dev/fr/consent', // a live call-suggestion tool on pages.dev
  'https://upwork-proposal-writer-production.up.railway.app/privacy', // Approid Tech's Upwork writer's API host on Railway
  'https://rehearsalroom.pages.dev/privacy/', // a conversation-practice app on pages.dev
  'https://rehearse.up.railway.app/privacy', // a conversation-training app on Railway
  'https://vectorial-9gt.pages.dev/sdr/plano-sdr-ia', // an AI SDR plan on pages.dev
  'https://leadleak-xnt9.polsia.app/datenschutz', // a stalled-deal finder on polsia.app
  'https://qadar-ai-website-production.pages.dev/blog/ai-section-vendor-security-questionnaire/', // a blog on pages.dev
  'https://agent-ready-poc.pages.dev/services/estimate-acceleration/', // an estimating page on pages.dev
];

const LEFT_OUT = [
  'https://mailzy.us/terms-conditions', // a terms outline, not terms
  'https://team.secretagents.co/terms-of-service-page', // messaging terms with no word of AI
  'https://staging.capsule.run/ai-terms', // a CRM's AI terms on a staging host
  'https://app.prospectra.cloud/legal/cgu?lang=en', // a publisher "to be configured by the operator"
  'https://prospecthor.fr/', // a mobile mail app with no word of AI
  'https://salessmart.uniwave.app/cgu', // prospecting automation with no word of AI
  'https://fivehives.ai/datenschutz.html', // bracketed placeholders
  'https://slidecreator.app/privacy/', // "[City, Country]" placeholder
  'https://penstip.com/privacy', // a draft awaiting legal review
  'https://www.presender.app/privacy', // operated by "the team behind presender.test"
  'https://pitchrep.xyz/legal/privacy', // a salestrainer.example contact
  'https://lead-scorer.com/privacy', // a sync extension with no word of AI
  'https://www.teian-pro.com/terms', // proposal support with no word of AI
  'https://app.sales-sidekick.app/privacy', // a policy that does not say AI in what was read
  'https://glacierdevs.com/linkedin-x-hirestream-ai.html', // a profile lookup with precomputed scores
  'https://www.laureo.io/help/ai-assistant/data-privacy', // a CRM with an AI assistant
  'https://www.selvion.io/privacy', // a CRM with AI email drafting
  'https://automatticcrm.com/legal/privacy', // a CRM with AI features
  'https://coldsend.pro/privacy-policy', // cold-email infrastructure with AI reply sorting
  'https://www.dealfront.com/de/ai-security-and-privacy', // a sales data platform's AI features
  'https://docs.themesic.com/docs/leadhub-saas/ai/ai-sdr', // a self-hosted script's docs
  'https://lunioncom.com/cgv-ia', // an agency's AI service terms
  'https://callsetter.ai/how-ai-cold-calling-works', // seen only on its guides
  'https://getgangly.com/blog/real-time-call-guidance', // seen only on its blog
  'https://cuepitch.com/blog/what-coaching-should-monitor/', // seen only on its blog
  'https://www.knowlee.ai/blog/proposal-automation-ai', // seen only on its blog
  'https://verirfp.com/blog/infosec-trust-playbook', // seen only on its blog
  'https://www.getveles.com/blog/cpq-glossary', // seen only on its blog
  'https://battlecard.northr.ai/blog/competitive-intelligence-sales-teams', // seen only on its blog
  'https://www.aurorainbox.com/2026/02/04/que-es-ia-conversacional', // seen only on its blog
  'https://swiftleadsai.com/blog/how-to-qualify-real-estate-buyer-leads-with-ai', // seen only on its blog
];

const NAMESAKES = [
  'https://www.sendora.com/', // beside Sendora AI (sendora.ai)
  'https://www.naoma.com/', // beside Naoma AI (naoma.ai)
  'https://www.msgly.com/', // beside Msgly.AI (msgly.ai)
  'https://www.followclose.io/', // beside FollowClose (followclose.com)
  'https://www.replyagent.com/', // beside ReplyAgent (replyagent.app)
  'https://www.covergen.com/', // beside CoverGen (covergen.io)
  'https://www.firstlineai.com/', // beside FirstLineAI (firstlineai.live)
  'https://www.leadscaller.com/', // beside LeadsCaller (leadscaller.ai)
  'https://www.livelayer.com/', // beside LiveLayer (livelayer.studio)
  'https://www.noviamind.com/', // beside NoviaMind (noviamind.ai)
  'https://www.salesgraph.io/', // beside Salesgraph (salesgraph.com)
  'https://www.cleanlist.com/', // beside Cleanlist (cleanlist.ai)
  'https://www.privas.com/', // beside Privas AI (privas.ai)
  'https://www.conversationpilot.com/', // beside ConversationPilot (conversationpilot.ai)
  'https://www.proposalfirewall.io/', // beside ProposalFirewall (proposalfirewall.com)
  'https://www.scendcore.io/', // beside ScendCore (scendcore.com)
  'https://www.lead2sales.com/', // beside Lead2Sales (lead2sales.com.br)
  'https://www.autoreach.com/', // beside AutoReach (autoreach.work)
  'https://www.icebreakr.com/', // beside Icebreakr (useicebreakr.com)
  'https://www.graisol.ai/', // beside Graisol (graisol.com)
  'https://www.connectlead.com/', // beside ConnectLead (connectlead.io)
  'https://www.voicesalesflow.com/', // beside Voice Sales Flow AI (voicesalesflow.app)
  'https://www.callmyagent.com/', // beside Call My Agent (callmyagent.ai)
  'https://www.aicallagent.com/', // beside AI Call Agent (aicallagent.ai)
  'https://www.freelanceai.com/', // beside FreelanceAI.tech (freelanceai.tech)
  'https://www.propobase.jp/', // beside Propo Base (propobase.com)
  'https://www.salesascode.io/', // beside Sales as Code (salesascode.com)
];

describe('nineteenth-session sales traps', () => {
  it('adds 36 rows, two of them URL prefixes on company hosts', () => {
    expect(longTailC19SalesTools.length).toBe(36);
    expect(longTailC19SalesTools.filter((t) => t.urlPrefixes.length > 0).map((t) => t.id)).toEqual([
      'alva-ai-operator',
      'ai-proposal-writer-upwork-approid',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19SalesTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and prefixes', () => {
    expectEachClassifiedAs({
      'https://app.graisol.com/legal/acceptable-use': 'graisol',
      'https://docs.scendcore.com/features/ai-agents': 'scendcore',
      'https://docs.cleanlist.ai/guides/icp-management': 'cleanlist-ai',
      'https://docs.salesgraph.com/features/slack-briefings': 'salesgraph',
      'https://www.lead2sales.com.br/en/terms-of-use': 'lead2sales',
      'https://alva.company/ai-ops/terms': 'alva-ai-operator',
      'https://approidtech.com/ai-proposal-writer-for-upwork/privacy.html':
        'ai-proposal-writer-upwork-approid',
      'https://www.livelayer.studio/docs/introduction/concepts': 'livelayer-studio',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
